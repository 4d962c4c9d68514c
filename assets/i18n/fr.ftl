# Interface de CPMS Player, français. La référence est en.ftl ; les traductions se trouvent à côté :
# fr.ftl, es.ftl, ar.ftl — les mêmes identifiants de messages, des valeurs traduites.

app-name = CPMS Player
learner-label = Profil : { $name }
switch-learner = Changer de profil
larger-text = Texte plus grand
smaller-text = Texte plus petit
theme-light = Thème clair
theme-dark = Thème sombre
language-label = Langue
back = ← { $to }

## Profils
profiles-title = Qui étudie ?
profiles-intro = Choisissez votre profil pour reprendre là où vous en étiez, ou créez-en un nouveau.
profiles-none = Aucun profil sur cet ordinateur pour l'instant.
profile-with-pin = { $name }  (code PIN)
pin-label = Code PIN :
open-profile = Ouvrir
new-profile = Nouveau profil
name-label = Nom
name-hint = Votre nom, dans n'importe quelle écriture
pin-optional = Code PIN (facultatif)
pin-hint = 4 à 6 chiffres
create-profile = Créer le profil
error-wrong-pin = Ce code PIN est incorrect. Réessayez.
error-profile-gone = Ce profil n'existe plus.

## Bibliothèque
library-title = Vos cours
library-empty = Aucun cours n'est installé. Demandez à votre formateur ou formatrice de copier un dossier de cours dans le dossier des cours.
study-hours = { $hours ->
    [one] Environ { $hours } heure d'étude, quiz compris
   *[other] Environ { $hours } heures d'étude, quiz compris
}
course-progress = Progression du cours
course-complete = Cours terminé
continue-lesson = Continuer : { $lesson }
start-course = Commencer le cours
course-overview = Aperçu du cours
library-problems = Certains dossiers de cours n'ont pas pu être chargés :
library = Bibliothèque

## Aperçu
course-done = Vous avez terminé le cours.
status-not-started = Non commencé
status-in-progress = En cours
status-complete = Terminé
lessons-heading = Leçons
module-lessons = { $count ->
    [one] { $count } leçon · environ { $minutes } min
   *[other] { $count } leçons · environ { $minutes } min
}
quiz-passed = Quiz réussi — meilleur score : { $best } %
quiz-not-passed = Quiz pas encore réussi — meilleur score : { $best } % (seuil de réussite : { $mark } %)
quiz-not-taken = Quiz pas encore passé (seuil de réussite : { $mark } %)
take-quiz = Faire le quiz
take-final = Passer l'évaluation finale
get-certificate = Obtenir votre certificat

## Leçon
lesson-minutes = Environ { $minutes } min
glossary = Glossaire
glossary-hint = Les mots soulignés dans le texte.
previous = ← Précédent
next = Suivant →
callout-key-point = Point clé
callout-in-practice = En pratique
callout-warning = Attention
scenario = Mise en situation : { $title }
image = Image

## Quiz
quiz-title = Quiz : { $title }
leave-quiz = Quitter le quiz
question-of = Question { $n } sur { $total }
choose-all = Sélectionnez toutes les réponses qui s'appliquent.
true = Vrai
false = Faux
choose-match = Choisissez la correspondance de chaque ligne.
choose = Choisir…
order-hint = Remettez les étapes dans le bon ordre avec les flèches.
move-up = Monter : { $step }
move-down = Descendre : { $step }
check-answer = Vérifier la réponse
answer-first = Répondez à la question pour la vérifier.
correct = Bonne réponse
not-quite = Pas tout à fait
right-answer = La bonne réponse : { $answer }
next-question = Question suivante
see-results = Voir mes résultats
your-score = Votre score : { $percent } %
passed = Vous avez réussi.
not-passed = Pas encore réussi.
result-summary = { $verdict } Le seuil de réussite est de { $mark } %. { $correct ->
    [one] { $correct } bonne réponse sur { $total }.
   *[other] { $correct } bonnes réponses sur { $total }.
}
try-again = Réessayer
back-to-course = Retour au cours
review = Récapitulatif
your-answer = Votre réponse : { $answer }
question-unavailable = Impossible d'afficher cette question.

## Certificat
certificate-title = Votre certificat
certificate-save = Enregistrer en PDF…
certificate-saved = Enregistré dans { $path }
certificate-heading = Certificat de réussite
certificate-certifies = Le présent certificat atteste que
certificate-completed = a terminé le cours
certificate-completed-on = Terminé le
certificate-final-score = Évaluation finale
certificate-study-time = Temps d'étude
certificate-code = Code de vérification
certificate-verify-hint = Pour vérifier ce certificat : cpms-player verify
certificate-footer = CPMS Player · Standards minimums pour la protection de l'enfance dans l'action humanitaire, édition 2019

## Erreurs
error-unknown-course = Cours inconnu.
error-save-place = Votre position dans le cours n'a pas pu être enregistrée : { $error }
error-save-answer = Votre réponse n'a pas pu être enregistrée : { $error }
error-save-result = Votre résultat n'a pas pu être enregistré : { $error }
error-start-quiz = Le quiz n'a pas pu démarrer : { $error }
error-no-quiz = Ce module n'a pas de quiz.
error-no-lesson = Cette leçon ne fait pas partie du cours.
error-choose-learner = Choisissez d'abord un profil.

## Espace formateur
trainer-area = Espace formateur
trainer-title = Espace formateur
trainer-locked = Saisissez la phrase secrète de l'espace formateur pour gérer les apprenants, les cours et la progression.
trainer-passphrase = Phrase secrète
trainer-unlock = Déverrouiller
trainer-wrong-passphrase = Cette phrase secrète est incorrecte.
trainer-first-time = Aucune phrase secrète n'est encore définie pour l'espace formateur sur cet ordinateur. Choisissez-en une (8 caractères minimum) et conservez-la en lieu sûr.
trainer-passphrase-again = Confirmez la phrase secrète
trainer-set-passphrase = Définir la phrase secrète
trainer-passphrases-differ = Les deux phrases secrètes ne sont pas identiques.
trainer-leave = Quitter l'espace formateur
tab-learners = Apprenants
tab-dashboard = Tableau de bord
tab-courses = Cours
tab-data = Progression et sauvegardes
add-learner = Ajouter un apprenant
import-csv = Importer des apprenants depuis un CSV…
csv-hint = Un apprenant par ligne : nom, code PIN facultatif, langue facultative (en, fr, es, ar). Une ligne d'en-tête peut indiquer le nom des colonnes.
rename = Renommer
save = Enregistrer
cancel = Annuler
set-pin = Définir le code PIN
remove-pin = Supprimer le code PIN
remove = Supprimer
confirm-remove = Supprimer { $name } ? Sa progression reste dans les rapports des ordinateurs dont les données ont été fusionnées, mais le profil disparaît.
confirm-yes = Oui, supprimer
learners-added = { $count ->
    [one] { $count } apprenant ajouté.
   *[other] { $count } apprenants ajoutés.
}
learner-removed = Le profil de { $name } a été supprimé.
learner-updated = Le profil de { $name } a été mis à jour.
dashboard-empty = Aucun apprenant pour l'instant.
dashboard-legend = ✔ terminé · ◐ en cours · ○ non commencé · score · minutes
export-report = Exporter un rapport CSV…
report-saved = Rapport enregistré dans { $path }
install-folder = Installer un cours depuis un dossier…
install-zip = Installer un cours depuis un .zip…
course-installed = Cours { $id } installé : { $modules } modules, { $lessons } leçons, { $items } questions de quiz.
course-refused = Le cours n'a pas été installé :
installed-courses = Cours installés
export-bundle = Exporter un paquet de progression…
import-bundles = Importer des paquets de progression…
bundle-saved = Paquet de progression enregistré dans { $path }
bundles-imported = Import terminé : { $facts } nouveaux enregistrements et { $learners } nouveaux apprenants ({ $known } enregistrements étaient déjà présents).
backup-now = Sauvegarder maintenant…
restore-backup = Restaurer une sauvegarde…
backup-saved = Sauvegarde enregistrée dans { $path }
restored = Restauration effectuée depuis { $path }.
data-hint = Les paquets transportent la progression d'un ordinateur à l'autre : exportez-en un sur chaque ordinateur, puis importez-les tous sur un seul. Importer deux fois le même paquet ne change rien.

## Récupération au démarrage
recovery-title = Votre fichier de progression demande votre attention
recovery-explain = CPMS Player n'a pas pu lire le fichier où la progression est enregistrée : { $problem }. Cela peut arriver après une coupure de courant ou si le disque commence à tomber en panne. Rien ne sera supprimé.
recovery-no-backup = Il n'y a aucune sauvegarde à laquelle revenir.
recovery-restore-latest = Revenir à la dernière sauvegarde ({ $date })
recovery-restore = Revenir à la sauvegarde du { $date }
recovery-fresh = Repartir avec un fichier de progression vide (le fichier endommagé est conservé à part)
recovery-where = Fichier de progression : { $path }

## Entrepôt de traces d'apprentissage
lrs-heading = Envoyer la progression à un LRS (entrepôt de traces d'apprentissage, xAPI)
lrs-endpoint = Adresse du LRS
lrs-user = Utilisateur
lrs-password = Mot de passe
lrs-send = Envoyer maintenant
lrs-progress = Envoi : { $sent } déclarations sur { $total }
lrs-done = Déclarations envoyées : { $sent }. Encore en attente : { $left }.

## Règles de saisie
rule-name-empty = Le nom est vide : saisissez le nom de l'apprenant.
rule-name-too-long = Le nom dépasse 80 caractères : raccourcissez-le.
rule-name-control = Le nom contient des caractères qui ne peuvent pas être affichés : saisissez-le à nouveau.
rule-pin-format = Un code PIN comporte 4 à 6 chiffres.
rule-passphrase-short = La phrase secrète de l'espace formateur doit comporter au moins 8 caractères.

## Orientation, réponses complètes et sortie du quiz (ticket 15)
start-module = Commencer ce module
continue-module = Continuer ce module
lesson-visited = Lue
lesson-not-visited = Pas encore lue
match-missing = { $count ->
    [one] Il reste une ligne sans correspondance.
   *[other] Il reste { $count } lignes sans correspondance.
}
keep-order = Garder cet ordre
mark-right = Juste
mark-wrong = Faux
leave-quiz-title = Quitter le quiz ?
leave-quiz-explain = Vos { $answered } réponses vérifiées (sur { $total } questions) sont conservées. Vous pourrez reprendre le quiz depuis la vue d’ensemble du cours.
leave-quiz-stay = Rester dans le quiz
leave-quiz-confirm = Quitter en gardant mes réponses
quiz-in-progress = Quiz en cours : { $answered } questions sur { $total } répondues
resume-quiz = Reprendre le quiz
pin-again = PIN à nouveau :
show-pin = Afficher le PIN
error-pin-mismatch = Les deux PIN ne sont pas identiques. Retapez le PIN dans les deux champs.
pin-wait = Trop de PIN erronés. Réessayez dans { $seconds } s.
clear-pin-tries = Effacer les essais de PIN erronés
find-profile = Chercher un profil :
menu = Menu
