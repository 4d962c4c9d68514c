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
glossary-hint = Les mots soulignés dans le texte : cliquez sur l’un d’eux pour ouvrir sa définition dans le glossaire.
search-open = 🔍 Rechercher
search-title = Rechercher dans le cours
search-label = Rechercher
search-hint = Leçons, titres et glossaire. Majuscules, accents et voyelles brèves n’ont pas d’importance.
search-count = { $count ->
    [one] Un résultat
   *[other] { $count } résultats
}
search-many = Les { $count } premiers résultats : ajoutez un mot pour affiner la recherche.
search-none = Aucun résultat pour « { $query } ». Essayez un autre mot ou une forme plus courte.
search-preparing = Préparation de la recherche…
glossary-filter = Trouver un terme
glossary-none = Aucun terme ne correspond.
about-course = À propos de ce cours
about-none = Ce cours n'a pas de texte de présentation.
about-edition = Édition : { $edition }
about-languages = Langues : { $languages }
about-version = Version du cours : { $version }
about-context-title = Informations locales ajoutées par un formateur (pack de contexte)
about-context-none = Aucun pack de contexte n'est installé : les leçons ne montrent aucune information locale.
about-context-by = Ajouté par : { $name }
about-context-counts = Contacts d'orientation : { $referrals } · Termes locaux : { $terms } · Exemples locaux : { $examples }
about-context-file = Fichier : { $path }
further-reading = Pour aller plus loin
short-path-title = Parcours court (un itinéraire suggéré)
short-path-intro = Quand le temps manque, étudiez d'abord ces parties : environ { $minutes } min au total. Elles suivent les cinq modules du certificat de l'eCourse des SMPE : l'introduction, les principes, le standard 1, le standard 4 et un standard de votre choix.
short-path-choice = Puis { $count ->
    [one] un standard
   *[other] { $count } standards
} de votre choix, environ { $minutes } min chacun : choisissez-le dans les modules ci-dessous.
short-path-note = Le parcours court ne change rien au certificat de ce cours : il exige toujours toutes les leçons, tous les quiz des modules et l'évaluation finale.
full-course-title = Le cours complet (environ { $minutes } min)
local-referrals-title = Information locale : vers qui orienter
local-terms-title = Information locale : les mots employés ici
local-example-title = Information locale : un exemple d'ici (standard { $standard })
local-added-by = Ajouté par { $name }. Ce texte ne fait pas partie du cours.
context-add = Ajouter un pack de contexte (informations locales)…
task-add-context = Vérification et ajout du pack de contexte { $path }
context-added = Pack de contexte ajouté à { $course }. Contacts d'orientation : { $referrals } · termes locaux : { $terms } · exemples locaux : { $examples }.
context-refused = Le pack de contexte n'a pas été ajouté (rien n'a été modifié) :
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
yes = Oui
no = Non
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
certificate-verify-hint = Pour le vérifier hors ligne, scannez le code QR, ou donnez ce fichier PDF ou le code à { $command }
certificate-footer = CPMS Player · Standards minimums pour la protection de l'enfance dans l'action humanitaire, édition 2019
certificate-field = { $label } : { $value }
certificate-percent = { $value } %
certificate-duration = { $hours } h { $minutes } min
certificate-date = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
certificate-unprintable = Le nom contient « { $char } » ({ $code }), qu’aucune police de CPMS Player ne peut imprimer. Corrigez l’orthographe du nom (espace formateur, ou `cpms-player learners rename`), ou écrivez-le dans une écriture prise en charge (latine, grecque, cyrillique, arabe, éthiopienne, devanagari, bengalie).
certificate-not-complete = { $name } n’a pas encore terminé le cours : il faut avoir vu chaque leçon et réussi chaque quiz, évaluation finale comprise
certificate-unvouched = { $name } n’a terminé le cours qu’avec des enregistrements reçus sans signature d’un autre ordinateur (un lot d’une ancienne version de CPMS Player, ou modifié à la main). Aucun certificat ne repose sur eux : exportez à nouveau la progression depuis cet ordinateur avec une version à jour de CPMS Player et importez-la ici, ou faites terminer le cours sur cet ordinateur.
certificate-badge-criteria = A étudié toutes les leçons du cours, réussi tous les quiz de module et réussi l’évaluation finale, dans CPMS Player.

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
trainer-setup-cli = Aucune phrase secrète de formateur n’est définie sur cet ordinateur, et des apprenants l’utilisent déjà : elle ne peut donc pas être choisie ici. Le formateur la définit depuis un terminal, dans le dossier du programme : cpms-player trainer set-passphrase (voir le guide du formateur).
trainer-wait = Trop de phrases secrètes erronées. Réessayez dans { $seconds } s.
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
archive = Archiver…
link-to-person = Même personne que…
confirm-archive = Archiver { $name } ? Le profil disparaît de l’écran d’accueil et de cette liste, y compris sur les ordinateurs qui reçoivent vos lots de progression. Sa progression reste dans les rapports.
confirm-archive-yes = Oui, archiver
link-choose = L’autre profil de { $name } est :
confirm-link = Compter { $name } et { $other } comme une seule personne ? Leur progression sera rapportée et certifiée ensemble, y compris sur les ordinateurs qui reçoivent vos lots de progression.
confirm-link-yes = Oui, une seule personne
learner-archived = Le profil de { $name } a été archivé.
archived-heading = Profils archivés
unarchive = Réactiver { $name }
learner-unarchived = { $name } est de retour sur l’écran d’accueil.
learners-linked = { $name } et { $other } comptent désormais comme une seule personne.
learner-removed = Le profil de { $name } a été supprimé.
learner-updated = Le profil de { $name } a été mis à jour.
dashboard-empty = Aucun apprenant pour l'instant.
dashboard-minutes = { $minutes } min
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
upgrade-title = Mise à jour de votre fichier de progression
upgrade-explain = Cette version de CPMS Player enregistre la progression dans un format mis à jour. Votre fichier de progression est converti une seule fois, et la progression de chaque apprenant est conservée. Laissez le programme ouvert jusqu'à la fin.
upgrade-running = Conversion en cours… ({ $seconds } s)
upgrade-finishing = La progression de chaque apprenant est convertie ; mise en ordre du fichier… ({ $seconds } s)
upgrade-failed-title = Votre fichier de progression n'a pas pu être mis à jour
upgrade-failed = La conversion s'est arrêtée et rien n'a été modifié : le fichier est tel qu'il était. Faites ce que dit le message ci-dessus, puis relancez CPMS Player.

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
profiles-more = { $count ->
    [one] Un autre profil n’est pas affiché
   *[other] { $count } autres profils ne sont pas affichés
} : tapez une partie d’un nom ci-dessus pour en trouver un.
menu = Menu
# Keys and trust (cpms-player org / trust)
import-unsigned-facts = Attention : { $count } faits sont arrivés sans signature (un lot d’une ancienne version de CPMS Player). Ils ont été acceptés car cet ordinateur ne fait encore confiance à aucune organisation ; dès qu’il le fera (cpms-player trust import FICHIER), les faits non signés seront refusés.
trust-org-created = Organisation « { $name } » créée (identifiant de clé { $id }). Inscrivez chaque ordinateur avec : cpms-player org enrol CLÉ --name NOM (l’ordinateur affiche sa CLÉ avec : cpms-player trust show)
trust-no-org = Cet ordinateur ne détient aucune clé d’organisation. Créez-en une avec : cpms-player org create NOM
trust-laptop-name-empty = Donnez un nom à l’ordinateur avec --name, par exemple --name "Kit 3"
trust-enrolled = L’ordinateur « { $name } » (identifiant de clé { $id }) est inscrit dans « { $org } ». Exportez la liste de confiance avec : cpms-player trust export --out FICHIER, et importez-la sur chaque ordinateur.
trust-no-such-laptop = Aucun ordinateur nommé « { $laptop } » (ou de cette clé) n’est inscrit dans « { $org } ». Voyez les ordinateurs inscrits avec : cpms-player trust show
trust-revoked = L’ordinateur « { $name } » est révoqué dans « { $org } » : ses enregistrements à partir de maintenant sont refusés. Exportez de nouveau la liste de confiance et importez-la sur chaque ordinateur.
trust-this-laptop = Cet ordinateur : clé { $key } (identifiant { $id })
trust-empty = Aucune organisation n’est encore de confiance. Importez un fichier de confiance avec : cpms-player trust import FICHIER
trust-organisation = Organisation « { $name } » (identifiant de clé { $id }) : { $devices } ordinateurs inscrits, { $revoked } révoqués
trust-device-line = « { $name } » identifiant de clé { $id }, inscrit le { $date }{ $revoked ->
    [none] {""}
   *[other] , révoqué le { $revoked }
}
trust-exported = Liste de confiance écrite dans { $path } ({ $count } organisations)
trust-file-invalid = { $path } n’est pas un fichier de confiance utilisable : { $problem }. Rien n’a été importé ; demandez un nouvel export au formateur.
trust-imported = { $added } nouvelles entrées importées de { $path }

# Certificate verification (cpms-player verify)
verify-valid = Valide : délivré le { $date } par l’ordinateur « { $laptop } » ({ $id }) de { $org }.
verify-issued-here = Valide : délivré le { $date } par cet ordinateur ({ $id }), qu’aucune organisation de la liste de confiance n’a inscrit.
verify-untrusted = La signature est valide, mais l’émetteur (ordinateur { $id }) n’est pas dans votre liste de confiance. Importez le fichier de confiance de l’organisation attendue (cpms-player trust import FICHIER) et vérifiez de nouveau.
verify-revoked = NON VALIDE : l’ordinateur « { $laptop } » ({ $id }) de { $org } a été révoqué le { $revoked }, et ce certificat date du { $date }.
verify-bad-signature = NON VALIDE : la signature ne correspond pas au contenu. Le certificat a été modifié, ou son texte a été mal saisi ou coupé : scannez de nouveau le code QR ou donnez le fichier PDF.
verify-malformed = NON VALIDE : ce n’est pas un code de certificat. Donnez le fichier PDF, le texte de son code QR (il commence par CPMS2) ou un code de la forme XXXX-XXXX-XXXX-XXXX.
verify-no-payload = NON VALIDE : { $path } ne porte aucun certificat signé. Un certificat antérieur à la signature se vérifie par son code sur l’ordinateur qui l’a délivré.
verify-legacy-mismatch = NON VALIDE : l’enregistrement de cet ancien certificat ne correspond pas à son code (il a été modifié).
verify-legacy = Ancien certificat valide, vérifiable seulement sur l’ordinateur qui l’a délivré (celui-ci).
verify-legacy-elsewhere = Ancien certificat, vérifiable seulement sur l’ordinateur qui l’a délivré : ce n’est pas celui-ci, il ne peut donc pas être vérifié ici.
verify-code-unknown = Aucun certificat de code { $code } n’est connu ici. Donnez plutôt le fichier PDF ou le texte de son code QR : cpms-player verify certificat.pdf
verify-details =
    Apprenant :     { $name }
    Cours :         { $course } (version { $version }, langue { $lang })
    Terminé le :    { $date }
    Score final :   { $score } %
    Code :          { $code }

# Long trainer tasks in the background, and file paths (ui/tasks.rs)
task-running = { $what } — { $seconds } s
task-busy = Attendez la fin de cette opération : { $what }
task-export-report = Écriture du rapport dans { $path }
task-export-bundle = Écriture du lot de progression dans { $path }
task-import-bundles = Fusion { $count ->
    [one] d’un fichier de progression
   *[other] de { $count } fichiers de progression
}
task-install-course = Installation du cours depuis { $path }
task-backup = Sauvegarde dans { $path }
task-restore = Restauration de la sauvegarde { $path }
no-file-dialog = Aucune fenêtre de choix de fichier ne peut s’ouvrir sur cet ordinateur. Tapez le chemin complet du fichier ou du dossier dans le champ « Chemin », puis appuyez de nouveau sur le bouton.
path-field = Chemin :
path-field-hint = Laissez vide pour choisir dans une fenêtre. Plusieurs fichiers : séparez-les par ;
## Évaluation finale : tentatives et retour par standard
save-answer = Enregistrer et continuer
final-no-keys = L'évaluation finale ne montre pas les réponses. Vos résultats vous indiquent les standards à revoir.
attempt-number = C'était votre tentative n° { $n } à l'évaluation finale.
passed-on-attempt = Vous avez réussi à la tentative n° { $n }.
feedback-heading = Vos résultats par standard
feedback-missed = { $tag } : { $correct } sur { $asked } juste(s). Revoyez les leçons :
feedback-mastered = Réponses justes : { $tags }
tag-standard = Standard { $n }
tag-principle = Principe { $n }
tag-basics = Les bases des SMPE
final-review-first = Avant votre prochaine tentative, revoyez { $count ->
    [one] cette leçon
   *[other] ces { $count } leçons
} : { $lessons }
review-lessons-first = Revoir d'abord les leçons ({ $count } restantes)
final-limit-reached = Vous avez commencé { $max } tentatives à l'évaluation finale en 24 heures, le maximum permis. Prochaine tentative possible à partir du { $time }.
certificate-attempt = réussie à la tentative n° { $n }
final-attempts-setting = Évaluation finale : tentatives par apprenant en 24 heures (0 = sans limite)
final-attempts-save = Enregistrer la limite
final-attempts-saved = Enregistré : { $n } tentatives à l'évaluation finale par apprenant en 24 heures.
final-attempts-invalid = « { $value } » n'est pas un nombre de tentatives : saisissez un nombre entier de 0 (sans limite) à 99.
## Trainer area: item statistics (issue 18)

tab-stats = Statistiques des questions
stats-refresh = Recalculer
stats-computing = Calcul des statistiques à partir des réponses de tous les apprenants…
stats-summary = Tentatives à l'évaluation finale : { $attempts } · apprenants : { $learners } · questions à revoir : { $flagged } · calculé en { $ms } ms
stats-none = Personne n'a encore terminé l'évaluation finale : la maîtrise et les réussites s'afficheront lorsque des apprenants l'auront passée.
stats-standard = Standard { $n }
stats-pillar = Pilier { $n }
stats-mastery-title = Maîtrise par standard (% des apprenants)
stats-mastery-axis-x = Standard
stats-mastery-hint = Un apprenant maîtrise un standard lorsqu'il obtient au moins les 2/3 des points de ses questions lors de sa dernière tentative à l'évaluation finale. Les barres sont colorées par pilier.
stats-pillars-title = Maîtrise par pilier (% des apprenants)
stats-pillar-axis = Pilier
stats-scatter-title = Questions : discrimination (verticalement, 27 % supérieurs – 27 % inférieurs) selon la facilité (horizontalement)
stats-facility = Facilité (part de réponses justes)
stats-scatter-count = { $count } questions, dont { $flagged } signalées
stats-scatter-hint = Chaque point est une question, sur toutes les tentatives terminées. Facilité au-dessus de 0,95 : personne ne se trompe ; en dessous de 0,2 : la plupart se trompent. Sous une discrimination de zéro, les meilleurs apprenants se trompent plus souvent que les plus faibles. Les questions signalées sont en rouge et listées ci-dessous.
stats-completions-title = Apprenants ayant réussi l'évaluation finale (total), au fil du temps
stats-completions-axis-x = Date
stats-completions-count = { $count } apprenants
stats-review-title = Questions à revoir
stats-no-flags = Aucune question n'est signalée.
stats-col-item = Question
stats-col-module = Module
stats-col-facility = Facilité
stats-col-discrimination = Discrimination
stats-col-drawn = Tirée
stats-col-flags = Pourquoi
stats-flag-nobody-misses = personne ne se trompe
stats-flag-most-miss = la plupart se trompent
stats-flag-negative = discrimination négative
stats-more = … et { $count } de plus : `cpms-player report items` les liste toutes.
