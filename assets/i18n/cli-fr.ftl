# Problèmes sur lesquels une personne peut agir : affichés par la ligne de commande et la fenêtre (src/problem.rs).
# Chacun dit ce qui s'est passé, nomme le fichier et dit quoi faire.

error-prefix = erreur
hint-prefix = que faire

## Fichiers de sortie

out-is-database = { $path } est la base de données de progression (ou l'un de ses fichiers) ; écrire à cet endroit effacerait la progression de tous les apprenants. Rien n'a été écrit : choisissez un autre fichier, par exemple dans votre dossier Documents.
out-in-protected = { $path } se trouve dans { $folder }, un dossier que CPMS Player gère lui-même. Rien n'a été écrit : choisissez un fichier dans un autre dossier.
out-is-input = { $path } est aussi le fichier en cours de lecture. Rien n'a été écrit : choisissez un autre fichier de sortie.
cannot-write = Impossible d'écrire { $path } : { $error }. Vérifiez que le dossier existe et qu'il n'est pas protégé en écriture, puis réessayez.
cannot-read = Impossible de lire { $path } : { $error }. Vérifiez le nom du fichier et réessayez.

## La base de données de progression

db-unreadable = Le fichier de progression { $path } ne peut pas être lu ({ $error }). Vérifiez que la clé USB ou le disque est bien branché, puis réessayez.
db-is-folder = { $path } est un dossier, pas un fichier de progression. Indiquez avec --data-dir le dossier qui contient progress.sqlite.
db-empty-file = Le fichier de progression { $path } est vide (0 octet) : il a été endommagé, par exemple par une coupure de courant ou une copie interrompue. Rien n'a été modifié. Restaurez une sauvegarde avec `cpms-player restore FILE` (les sauvegardes automatiques se trouvent dans le dossier backups, à côté du fichier), ou lancez l'application, qui vous guidera.
db-not-sqlite = { $path } n'est pas une base de données de progression (ce n'est pas un fichier SQLite, ou il a été écrasé). Rien n'a été modifié. Restaurez une sauvegarde avec `cpms-player restore FILE` (les sauvegardes automatiques se trouvent dans le dossier backups, à côté du fichier), ou lancez l'application, qui vous guidera.
db-truncated = Le fichier de progression { $path } est tronqué (plus court que la taille qu'il annonce) : il a été endommagé. Rien n'a été modifié. Restaurez une sauvegarde avec `cpms-player restore FILE` (les sauvegardes automatiques se trouvent dans le dossier backups, à côté du fichier), ou lancez l'application, qui vous guidera.
db-not-progress = { $path } est un fichier SQLite, mais pas une base de données de progression de CPMS Player. Rien n'a été modifié. Indiquez le bon dossier avec --data-dir, ou restaurez une sauvegarde avec `cpms-player restore FILE`.
db-damaged = Le fichier de progression { $path } est endommagé ({ $detail }). Rien n'a été modifié. Restaurez une sauvegarde avec `cpms-player restore FILE` (les sauvegardes automatiques se trouvent dans le dossier backups, à côté du fichier), ou lancez l'application, qui vous guidera.
db-newer = Le fichier de progression { $path } a été créé par une version plus récente de CPMS Player (son format est plus récent que la version { $ours }, celle que connaît ce programme). Rien n'a été modifié : mettez à jour CPMS Player sur cet ordinateur.
db-needs-upgrade-read-only = Le fichier de progression { $path } a été créé par une version plus ancienne de CPMS Player et doit être mis à jour, ce qui est impossible dans un dossier en lecture seule. Copiez le dossier de données sur un disque où l'on peut écrire, ou retirez la protection en écriture, puis réessayez.
db-locked = Le fichier de progression { $path } est utilisé par un autre programme. CPMS Player est-il ouvert sur cet ordinateur ? Fermez-le, puis réessayez.
db-read-only = Le dossier de données { $path } est en lecture seule (une clé USB protégée en écriture ?). Rien ne peut y être enregistré : retirez la protection en écriture ou copiez le dossier sur l'ordinateur, puis réessayez.
db-read-only-note = remarque : le dossier de données { $path } est en lecture seule ; son contenu est affiché, mais rien ne peut être modifié.
disk-full = Le disque qui contient { $path } est plein. Rien n'a été perdu, mais plus rien ne peut être enregistré : libérez de l'espace, puis réessayez.
db-error = Le fichier de progression { $path } n'a pas pu être utilisé ({ $detail }).
folder-cannot-create = Impossible de créer le dossier de données { $path } ({ $error }). Indiquez avec --data-dir un dossier où l'on peut écrire.
no-data-folder = Aucun dossier de données n'a été trouvé pour cet utilisateur. Indiquez-en un avec --data-dir.

## Restauration et sauvegardes

restore-failed = Impossible de restaurer depuis { $path } : { $detail }. La base de données de progression n'a pas été modifiée.
restore-done = { $db } a été restauré depuis { $path }. La base de données remplacée est conservée sous le nom { $aside }.

## Apprenants

pin-empty = Un code PIN vide n'est pas un code PIN : indiquez de 4 à 6 chiffres. Pour supprimer le code PIN d'un apprenant, lancez `cpms-player learners set-pin NAME --remove`.
pin-and-remove = Indiquez soit un nouveau code PIN, soit --remove, mais pas les deux.
passphrase-short = La phrase secrète du formateur doit comporter au moins 8 caractères. Rien n’a été modifié ; relancez la commande.
passphrases-differ = Les deux phrases secrètes ne sont pas identiques. Rien n’a été modifié ; relancez la commande.
pin-missing = Indiquez le nouveau code PIN (4 à 6 chiffres), ou --remove pour supprimer le code PIN.
learner-not-found = Aucun apprenant ne s'appelle « { $name } ». Consultez la liste des noms avec `cpms-player learners list`.
learner-ambiguous = { $count ->
    [one] { $count } apprenant s'appelle « { $name } ».
   *[other] { $count } apprenants s'appellent « { $name } ».
} Indiquez plutôt l'identifiant (id) de l'apprenant (voir `cpms-player learners list`).

## CSV des apprenants

csv-problem = { $path }, ligne { $line } : { $message }
csv-not-text = { $path } n'est pas un fichier texte en UTF-8 (ligne { $line }). Dans le tableur, enregistrez-le au format « CSV UTF-8 », puis importez-le à nouveau.
csv-broken = { $path }, ligne { $line } : la ligne n'a pas pu être lue ({ $detail }). Vérifiez qu'aucun guillemet n'est resté ouvert.
csv-wrong-columns = { $path }, ligne 1 : les colonnes sont { $found }, mais un fichier d'apprenants a les colonnes name, pin et language (ou nom/nombre/الاسم, code/PIN, langue/idioma/اللغة). Renommez les colonnes ou supprimez la ligne d'en-tête.
csv-no-learners = { $path } ne contient aucun apprenant : écrivez un nom par ligne (avec, si vous le souhaitez, un code PIN et une langue).
csv-name-empty = le nom est vide ; saisissez le nom de l'apprenant
csv-name-invisible = le nom ne contient aucune lettre visible ; saisissez le nom de l'apprenant
csv-name-too-long = le nom dépasse 80 caractères ; raccourcissez-le
csv-name-control = le nom contient des caractères de contrôle ; saisissez-le à nouveau
csv-pin-format = « { $pin } » n'est pas un code PIN ; un code PIN comporte de 4 à 6 chiffres
csv-language = langue inconnue « { $language } » (utilisez en, fr, es ou ar)
csv-duplicate-in-file = « { $name } » figure aussi à la ligne { $other } ; chaque apprenant ne doit figurer qu'une seule fois
csv-nothing-added = Aucun apprenant n'a été ajouté ; corrigez le fichier et importez-le à nouveau.
csv-added = { $added ->
    [one] { $added } apprenant ajouté depuis { $path }.
   *[other] { $added } apprenants ajoutés depuis { $path }.
}
csv-already-there = { $count ->
    [one] { $count } apprenant du fichier était déjà sur cet ordinateur et n'a pas été modifié : { $names }
   *[other] { $count } apprenants du fichier étaient déjà sur cet ordinateur et n'ont pas été modifiés : { $names }
}
csv-progress = Sécurisation des codes PIN : { $done } sur { $total } (encore environ { $seconds } s)

## Certificats

verify-unknown = Aucun certificat portant le code { $code } n'est connu ici. Vérifiez le code, ou fusionnez la progression de l'ordinateur qui l'a délivré.
verify-not-a-code = Ce n'est pas un code de certificat : un code comporte 16 lettres et chiffres, par exemple ABCD-EFGH-JKLM-NPQR, mais { $length ->
    [one] { $length } caractère a été saisi
   *[other] { $length } caractères ont été saisis
} (en commençant par « { $start } »).

## Paquets de progression

bundle-not-a-bundle = { $path } n'est pas un paquet de progression CPMS. Indiquez un fichier créé par `cpms-player export-progress` (ou par « Exporter un paquet de progression » dans l'espace formateur). Rien n'a été importé.
bundle-invalid = { $path } : { $detail }. Rien n'a été importé, ni depuis ce fichier ni depuis les autres.
bundle-newer-version = { $path } a été créé par une version plus récente de CPMS Player (format de paquet version { $version }) : mettez à jour cet ordinateur, puis importez-le à nouveau. Rien n'a été importé.
link-unknown-id = Aucun apprenant n'a l'identifiant { $id } sur cet ordinateur. Consultez `cpms-player learners list`, ou importez d'abord la liste ou le paquet qui le contient.
link-same-person = { $id } et { $other } sont déjà le même apprenant ; rien n'a été modifié.
export-with-pins = attention : { $path } contient les empreintes des codes PIN des apprenants. Un code PIN court peut être retrouvé à partir de son empreinte par une recherche patiente : gardez ce fichier sur vous et supprimez-le une fois importé.
import-conflict = { $name } : le champ { $field } a été modifié sur deux ordinateurs en même temps ; « { $kept } » a été conservé (ordinateur { $kept_device }), « { $set_aside } » a été mis de côté (ordinateur { $set_aside_device }). Modifiez-le à nouveau si l'autre valeur était la bonne.
import-clock-ahead = L'horloge de l'ordinateur { $days ->
    [one] { $device } avance d'environ { $days } jour
   *[other] { $device } avance d'environ { $days } jours
} sur celle-ci : ses modifications de profils n'ont pas pu l'emporter sur les autres. Réglez la date et l'heure de cet ordinateur.
import-fact-conflicts = { $count ->
    [one] { $count } enregistrement déjà connu est arrivé avec un contenu différent
   *[other] { $count } enregistrements déjà connus sont arrivés avec un contenu différent
} ; ceux déjà enregistrés ont été conservés : { $ids }
import-newer-minor = Un paquet a été créé par une version plus récente de CPMS Player (format { $version }) ; ce que cet ordinateur ne connaît pas a été laissé de côté. Mettez cet ordinateur à jour pour tout conserver.
import-unknown-fields = Des champs inconnus de cette version ont été ignorés : { $fields }
import-duplicate = Peut-être une seule personne : « { $name } » a plusieurs identifiants ({ $ids }). Si c'est le cas, reliez-les : cpms-player learners link ID PERSON_ID
import-duplicates-more = …et { $count } autres noms avec plusieurs identifiants : voir `cpms-player learners duplicates`.

## Paquets de cours

course-not-found = { $path } : ce dossier de cours ou ce fichier .zip n'existe pas. Indiquez le chemin d'un dossier contenant course.ron, ou un fichier .zip de cours.

## Packs de contexte (informations locales ajoutées à un cours)
context-at = { $file }:{ $line }:{ $column } : { $problem }
context-in-file = { $file } : { $problem }
context-unreadable = le pack de contexte ne peut pas être lu ({ $error }) ; vérifiez le nom du fichier
context-not-utf8 = le pack de contexte n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 (dans la plupart des éditeurs : Enregistrer sous → Encodage : UTF-8)
context-syntax = le pack de contexte n'est pas du RON valide : { $error }. Comparez-le avec l'exemple de courses/README.md (« Context packs »)
context-wrong-course = le pack est destiné au cours « { $found } », pas à « { $course } » ; écrivez course: "{ $course }" ou ajoutez-le au bon cours
context-no-contact = le contact d'orientation { $number } n'a ni numéro de téléphone ni adresse ; ajoutez phone: "…" ou address: {"{"}…{"}"}
context-bad-standard = un exemple local désigne le standard { $standard } ; les SMPE comptent les standards 1 à 28
context-standard-twice = le standard { $standard } a deux exemples locaux ; gardez-en un
context-no-default-text = { $what } n'a pas de texte en { $lang }, la première langue du cours ; ajoutez "{ $lang }": "…" (il s'affiche quand la langue de l'apprenant manque)
context-unknown-language = { $what } a un texte en « { $lang } », langue que le cours n'a pas ({ $languages }) ; corrigez le code de langue
context-empty-text = { $what } a un texte vide en { $lang } ; écrivez-le ou retirez cette langue
context-no-course = aucun cours installé n'a l'identifiant « { $course } » ; cours installés : { $installed }
context-added-cli = Pack de contexte ajouté à { $course } ({ $path }). Contacts d'orientation : { $referrals } · termes locaux : { $terms } · exemples locaux : { $examples }.
context-removed = Pack de contexte retiré de { $course }.
context-none-to-remove = Le cours { $course } n'a pas de pack de contexte.

## xAPI

xapi-not-lrs = L'adresse a répondu, mais pas comme un LRS, un entrepôt de traces d'apprentissage ({ $detail }). C'est peut-être une page de connexion Wi-Fi ou un proxy : ouvrez un navigateur, connectez-vous au réseau, puis réessayez. Les déclarations restent en attente.
xapi-timeout = Le LRS n'a pas répondu dans un délai de { $seconds } s. Les déclarations restent en attente : réessayez plus tard ou vérifiez l'adresse.

## Écran de récupération (la fenêtre)

recovery-backup-info = Sauvegarde du { $date } : { $learners ->
    [one] { $learners } apprenant
   *[other] { $learners } apprenants
}, dernière activité : { $last }
recovery-backup-bad = Sauvegarde du { $date } : endommagée, inutilisable
recovery-proposed = Proposée : la sauvegarde la plus récente qui est intacte et contient des apprenants.
recovery-others = Autres sauvegardes :
recovery-confirm-emptier = Cette sauvegarde contient { $learners ->
    [one] { $learners } apprenant
   *[other] { $learners } apprenants
}, moins que celle proposée ({ $best }). Y revenir masquerait le travail des autres apprenants. Y revenir quand même ?
recovery-confirm-yes = Oui, revenir à cette sauvegarde
recovery-confirm-no = Non, afficher de nouveau la liste

## Trainer area: verify a certificate

verify-heading = Vérifier un certificat
verify-input = Code, texte du QR code ou fichier PDF
verify-button = Vérifier
xapi-bad-base = « { $base } » ne peut pas commencer des identifiants d’activité xAPI : donnez une adresse absolue comme https://learning.example.org/cpms (ou un nom urn: ou tag:), sans espace, ? ni #.
xapi-base-after-sync = { $sent } déclarations ont déjà été envoyées à un LRS avec les identifiants d’activité actuels ; changer la base maintenant ferait apparaître deux fois les mêmes activités. Rien n’a été modifié. Si c’est bien ce que vous voulez, relancez la commande avec --force.

## Reports: item analysis

report-unknown-course = Aucun cours d'identifiant « { $id } » n'est installé dans { $folder }. Rien n'a été écrit. Cours installés : { $installed }. Indiquez l'un de ces identifiants avec --course.

## The progress store (src/progress): database faults, refused bundles and records

store-sqlite = la base de progression n'a pas pu être utilisée : { $detail }
store-migration = la base de progression n'a pas pu être mise à niveau : { $detail }
store-folder = impossible de créer le dossier de données { $path } : { $error }
store-corrupt = un enregistrement de la base est illisible : { $detail }
store-internal = CPMS Player a rencontré une erreur interne ({ $detail }). Vous n'y êtes pour rien : signalez-la à la personne qui s'occupe de CPMS Player ici.
db-secret-damaged = le secret des certificats est endommagé : { $detail }
db-device-key-damaged = la clé de cet ordinateur, conservée dans la base de progression, est endommagée
db-organisation-key-damaged = la clé d'organisation conservée dans la base de progression est endommagée
db-trust-list-damaged = la liste de confiance conservée dans la base de progression est endommagée : { $detail }
backup-check-failed = La copie de la base de progression pour { $path } n'a pas passé la vérification ({ $detail }) ; elle n'a pas été conservée. Vérifiez le disque, puis réessayez.
backup-cannot-open = impossible d'ouvrir { $path } : { $detail }
backup-unreadable = { $path } n'est pas une base de données lisible : { $detail }
backup-damaged = { $path } est endommagé : { $detail }
backup-not-progress = { $path } n'est pas une base de progression de CPMS Player
set-aside-failed = impossible de mettre { $path } de côté : { $error }
restore-copy-failed = impossible de copier { $path } : { $error }
restore-replace-failed = impossible de remplacer { $path } : { $error }
organisation-exists = cet ordinateur détient déjà une clé d'organisation ; une seule suffit (voir `cpms-player trust show`)
organisation-name-length = donnez à l'organisation un nom de 1 à 120 caractères
certificate-refused = le certificat { $code } (apprenant { $name }) est refusé : { $detail }
certificate-conflict = conflit : le certificat { $code } est enregistré ici au nom de { $known } et arrive avec un autre contenu (au nom de { $incoming }) : l'un des deux a été modifié ; gardez le paquet de l'ordinateur qui l'a délivré
certificate-why-unsigned = il n'est pas signé
certificate-why-signature = sa signature ne correspond pas à son contenu
certificate-why-damaged = son contenu signé est endommagé
certificate-why-code = son code ne correspond pas à son contenu signé
certificate-why-fields = ses champs diffèrent de ceux qui ont été signés (nom, cours, date ou score modifié)
bundle-not-cpms = ce n'est pas un paquet de progression CPMS
bundle-newer-detail = créé par une version plus récente de CPMS Player (format de paquet version { $version }) : mettez à jour cet ordinateur
bundle-unreadable = le paquet n'a pas pu être lu : { $detail }
bundle-json-error = ligne { $line }, colonne { $column } : { $detail }
bundle-no-version = le paquet n'indique pas sa version
bundle-version-unsupported = la version { $version } du paquet n'est pas prise en charge (ce programme lit les versions 1 à { $max }) ; mettez à jour CPMS Player
bundle-learner-unusable = l'apprenant { $id } (nº { $index }) a un identifiant vide ou un nom inutilisable
bundle-fact-incomplete = l'enregistrement nº { $index } ({ $id }) n'a pas d'identifiant, d'apprenant, de cours ou de module
bundle-fact-time = l'enregistrement nº { $index } ({ $id }) porte une heure impossible : { $time }
bundle-fact-score = l'enregistrement nº { $index } ({ $id }) porte un score de { $percent } %
bundle-fact-credit = l'enregistrement nº { $index } ({ $id }) porte un crédit de { $credit }
bundle-fact-stranger = l'enregistrement nº { $index } ({ $id }) appartient à l'apprenant { $learner }, absent du paquet
bundle-facts-stranger = des enregistrements appartiennent à l'apprenant { $learner }, absent du paquet
bundle-link-no-id = un lien de l'apprenant « { $learner } » n'a pas d'identifiant
bundle-unsigned = les enregistrements de l'ordinateur { $device } ({ $count } au total, par exemple { $example }) ne sont pas signés : il utilise peut-être une ancienne version de CPMS Player, ou ils ont été ajoutés à la main. Exportez-les de nouveau depuis un ordinateur à jour, inscrit par votre organisation
bundle-not-as-signed = les enregistrements de l'ordinateur { $device } ({ $count } au total) ne correspondent pas à ce que cet ordinateur a signé ({ $signed } enregistrements) : des enregistrements ont été modifiés, ajoutés ou supprimés à la main (par exemple { $example })
bundle-signature-invalid = la signature de l'ordinateur { $device } sur ses enregistrements n'est pas valide (par exemple { $example }) : ils ont été modifiés à la main ; exportez-les de nouveau depuis cet ordinateur
bundle-laptop-untrusted = l'ordinateur { $laptop } (par exemple l'enregistrement { $example }) ne figure pas dans votre liste de confiance : importez le fichier de confiance de votre organisation, ou demandez au formateur d'inscrire cet ordinateur
bundle-laptop-revoked = l'enregistrement { $id } a été fait par l'ordinateur « { $laptop } » le { $date }, après sa révocation le { $revoked }
task-cancelled = Arrêté à votre demande : rien n'a été modifié.
