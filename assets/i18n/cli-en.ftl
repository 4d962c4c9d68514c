# Problems a person can act on: shown by the command line and the window (src/problem.rs).
# Each says what happened, names the file, and says what to do.

error-prefix = error
hint-prefix = what to do

## Output files

out-is-database = { $path } is the progress database (or one of its files); writing there would destroy every learner's progress. Nothing was written: choose another file, for example in your Documents folder.
out-in-protected = { $path } is inside { $folder }, which CPMS Player manages itself. Nothing was written: choose a file in another folder.
out-is-input = { $path } is also the file being read. Nothing was written: choose another output file.
cannot-write = Cannot write { $path }: { $error }. Check that the folder exists and is not write-protected, then try again.
cannot-read = Cannot read { $path }: { $error }. Check the file name and try again.

## The progress database

db-unreadable = The progress file { $path } cannot be read ({ $error }). Check that the USB stick or disk is connected, then try again.
db-is-folder = { $path } is a folder, not a progress file. Give the folder that holds progress.sqlite with --data-dir.
db-empty-file = The progress file { $path } is empty (0 bytes): it was damaged, for example by a power cut or a copy that did not finish. Nothing was changed. Restore a backup with `cpms-player restore FILE` (automatic backups are in the backups folder beside it), or start the app to be guided.
db-not-sqlite = { $path } is not a progress database (it is not an SQLite file, or it was overwritten). Nothing was changed. Restore a backup with `cpms-player restore FILE` (automatic backups are in the backups folder beside it), or start the app to be guided.
db-truncated = The progress file { $path } is cut off (shorter than it says it is): it was damaged. Nothing was changed. Restore a backup with `cpms-player restore FILE` (automatic backups are in the backups folder beside it), or start the app to be guided.
db-not-progress = { $path } is an SQLite file but not a CPMS Player progress database. Nothing was changed. Give the right folder with --data-dir, or restore a backup with `cpms-player restore FILE`.
db-damaged = The progress file { $path } is damaged ({ $detail }). Nothing was changed. Restore a backup with `cpms-player restore FILE` (automatic backups are in the backups folder beside it), or start the app to be guided.
db-newer = The progress file { $path } was made by a newer CPMS Player (its format is newer than version { $ours }, which this program knows). Nothing was changed: update CPMS Player on this laptop.
db-needs-upgrade-read-only = The progress file { $path } was made by an older CPMS Player and must be upgraded, which cannot be done in a read-only folder. Copy the data folder to a writable disk, or remove the write protection, then try again.
db-locked = The progress file { $path } is in use by another program. Is CPMS Player open on this laptop? Close it, then try again.
db-read-only = The data folder { $path } is read-only (a write-protected USB stick?). Nothing can be saved there: remove the write protection or copy the folder to the laptop, then try again.
db-read-only-note = note: the data folder { $path } is read-only; showing what it holds, nothing can be changed.
disk-full = The disk holding { $path } is full. Nothing was lost, but nothing more can be saved: free some space, then try again.
db-error = The progress file { $path } could not be used ({ $detail }).
folder-cannot-create = Cannot create the data folder { $path } ({ $error }). Give a writable folder with --data-dir.
no-data-folder = No data folder could be found for this user. Give one with --data-dir.

## Restore and backups

restore-failed = Could not restore from { $path }: { $detail }. The progress database was not changed.
restore-done = Restored { $db } from { $path }. The replaced database is kept as { $aside }.

## Learners

pin-empty = An empty PIN is not a PIN: give 4 to 6 digits. To remove a learner's PIN, run `cpms-player learners set-pin NAME --remove`.
pin-and-remove = Give either a new PIN or --remove, not both.
passphrase-short = The trainer passphrase needs at least 8 characters. Nothing was changed; run the command again.
passphrases-differ = The two passphrases are not the same. Nothing was changed; run the command again.
pin-missing = Give the new PIN (4 to 6 digits), or --remove to remove the PIN.
learner-not-found = No learner is called '{ $name }'. See the names with `cpms-player learners list`.
learner-ambiguous = { $count } learners are called '{ $name }'. Give the learner's id instead (see `cpms-player learners list`).

## Learners CSV

csv-problem = { $path }, line { $line }: { $message }
csv-not-text = { $path } is not a text file in UTF-8 (line { $line }). Save it from the spreadsheet as "CSV UTF-8" and import it again.
csv-broken = { $path }, line { $line }: the line could not be read ({ $detail }). Check for an unclosed quotation mark.
csv-wrong-columns = { $path }, line 1: the columns are { $found }, but a learners file has the columns name, pin and language (or nom/nombre/الاسم, code/PIN, langue/idioma/اللغة). Rename the columns or remove the header line.
csv-no-learners = { $path } holds no learners: write one name per line (with an optional PIN and language).
csv-name-empty = the name is empty; type the learner's name
csv-name-invisible = the name has no visible letters; type the learner's name
csv-name-too-long = the name is longer than 80 characters; shorten it
csv-name-control = the name contains control characters; type it again
csv-pin-format = '{ $pin }' is not a PIN; a PIN is 4 to 6 digits
csv-language = unknown language '{ $language }' (use en, fr, es or ar)
csv-duplicate-in-file = '{ $name }' is also on line { $other }; each learner once
csv-nothing-added = No learner was added; correct the file and import it again.
csv-added = Added { $added } learners from { $path }.
csv-already-there = { $count } learners of the file were already on this laptop and were left as they are: { $names }
csv-progress = Securing PINs: { $done } of { $total } (about { $seconds } s left)

## Certificates

verify-unknown = No certificate with code { $code } is known here. Check the code, or merge the progress of the laptop that issued it.
verify-not-a-code = This is not a certificate code: a code is 16 letters and digits such as ABCD-EFGH-JKLM-NPQR, and { $length } characters were given (starting with "{ $start }").

## Bundles

bundle-not-a-bundle = { $path } is not a CPMS progress bundle. Give a file made by `cpms-player export-progress` (or "Export progress" in the trainer area). Nothing was imported.
bundle-invalid = { $path }: { $detail }. Nothing was imported from any file.
bundle-newer-version = { $path } was made by a newer CPMS Player (bundle format version { $version }): update this laptop, then import it again. Nothing was imported.
link-unknown-id = No learner has the id { $id } on this laptop. See `cpms-player learners list`, or import the roster or bundle that holds it first.
link-same-person = { $id } and { $other } are already the same learner; nothing was changed.
export-with-pins = warning: { $path } holds the learners' PIN hashes. A short PIN can be found from its hash by a patient search: keep this file with you and delete it once imported.
import-conflict = { $name }: the { $field } was changed on two laptops at once; kept "{ $kept }" (laptop { $kept_device }), set aside "{ $set_aside }" (laptop { $set_aside_device }). Change it again if the other was right.
import-clock-ahead = The clock of laptop { $days ->
    [one] { $device } is about { $days } day ahead
   *[other] { $device } is about { $days } days ahead
} of this one: its profile changes were not allowed to override others. Set that laptop's date and time right.
import-fact-conflicts = { $count ->
    [one] { $count } known record arrived with different content
   *[other] { $count } known records arrived with different content
}; the stored ones were kept: { $ids }
import-newer-minor = A bundle was made by a newer CPMS Player (format { $version }); what this laptop does not know was left aside. Update this laptop to keep everything.
import-unknown-fields = Fields this version does not know were ignored: { $fields }
import-duplicate = Maybe one person: "{ $name }" has several ids ({ $ids }). If so, link them: cpms-player learners link ID PERSON_ID
import-duplicates-more = …and { $count } more names with several ids: see `cpms-player learners duplicates`.

## Course packages

course-not-found = { $path }: no such course folder or .zip. Give the path of a folder holding course.ron, or a course .zip.

## Context packs (local information added to a course)
context-at = { $file }:{ $line }:{ $column }: { $problem }
context-in-file = { $file }: { $problem }
context-unreadable = the context pack cannot be read ({ $error }); check the file name
context-not-utf8 = the context pack is not UTF-8 text; save it as UTF-8 (in most editors: Save as → Encoding: UTF-8)
context-syntax = the context pack is not valid RON: { $error }. Compare it with the example in courses/README.md (“Context packs”)
context-wrong-course = the pack is for the course “{ $found }”, not “{ $course }”; write course: "{ $course }" or add it to the right course
context-no-contact = referral { $number } has neither a phone number nor an address; add phone: "…" or address: {"{"}…{"}"}
context-bad-standard = a local example names standard { $standard }; the CPMS has standards 1 to 28
context-standard-twice = standard { $standard } has two local examples; keep one
context-no-default-text = { $what } has no text in { $lang }, the course's first language; add "{ $lang }": "…" (it is shown when a learner's language is missing)
context-unknown-language = { $what } has a text in “{ $lang }”, which the course does not have ({ $languages }); correct the language code
context-empty-text = { $what } has an empty text in { $lang }; write it or remove that language
context-no-course = no installed course has the id “{ $course }”; installed: { $installed }
context-added-cli = Context pack added to { $course } ({ $path }). Referral contacts: { $referrals } · local terms: { $terms } · local examples: { $examples }.
context-removed = Context pack removed from { $course }.
context-none-to-remove = The course { $course } has no context pack.

## xAPI

xapi-not-lrs = The address answered, but not as a Learning Record Store ({ $detail }). Perhaps a Wi-Fi login page or a proxy: open a browser, log in to the network, then try again. The statements stay queued.
xapi-timeout = The LRS did not answer within { $seconds } s. The statements stay queued: try again later or check the address.

## Recovery screen (the window)

recovery-backup-info = Backup of { $date }: { $learners } learners, last activity { $last }
recovery-backup-bad = Backup of { $date }: damaged, cannot be used
recovery-proposed = Proposed: the newest backup that is intact and holds learners.
recovery-others = Other backups:
recovery-confirm-emptier = This backup holds { $learners } learners, fewer than the proposed one ({ $best }). Going back to it would hide the work of the others. Go back to it anyway?
recovery-confirm-yes = Yes, go back to this backup
recovery-confirm-no = No, show the list again

## Trainer area: verify a certificate

verify-heading = Verify a certificate
verify-input = Code, QR text or PDF file
verify-button = Verify
xapi-bad-base = “{ $base }” cannot start xAPI activity ids: give an absolute address such as https://learning.example.org/cpms (or a urn: or tag: name), without spaces, ? or #.
xapi-base-after-sync = { $sent } statements were already sent to an LRS under the current activity ids; changing the base now would make the same activities appear twice there. Nothing was changed. If that is what you want, run the command again with --force.

## Reports: item analysis

report-unknown-course = No course with id "{ $id }" is installed in { $folder }. Nothing was written. Installed: { $installed }. Give one of these ids with --course.

## The progress store (src/progress): database faults, refused bundles and records

store-sqlite = the progress database could not be used: { $detail }
store-migration = the progress database could not be upgraded: { $detail }
store-folder = cannot create the data folder { $path }: { $error }
store-corrupt = a stored fact is unreadable: { $detail }
store-internal = CPMS Player met an internal error ({ $detail }). Nothing you did caused it: please report it to the person who looks after CPMS Player here.
db-secret-damaged = the certificate secret is damaged: { $detail }
db-device-key-damaged = the device key stored in the progress database is damaged
db-organisation-key-damaged = the organisation key stored in the progress database is damaged
db-trust-list-damaged = the trust list in the progress database is damaged: { $detail }
backup-check-failed = The copy of the progress database for { $path } failed its check ({ $detail }); it was not kept. Check the disk, then try again.
backup-cannot-open = cannot open { $path }: { $detail }
backup-unreadable = { $path } is not a readable database: { $detail }
backup-damaged = { $path } is damaged: { $detail }
backup-not-progress = { $path } is not a CPMS Player progress database
set-aside-failed = cannot move { $path } aside: { $error }
restore-copy-failed = cannot copy { $path }: { $error }
restore-replace-failed = cannot replace { $path }: { $error }
organisation-exists = this laptop already holds an organisation key; one is enough (see `cpms-player trust show`)
organisation-name-length = give the organisation a name of 1 to 120 characters
certificate-refused = certificate { $code } (learner { $name }) is refused: { $detail }
certificate-conflict = conflict: certificate { $code } is stored here for { $known } and arrives with other content (for { $incoming }): one of the two records was edited; keep the bundle from the laptop that issued it
certificate-why-unsigned = it is not signed
certificate-why-signature = its signature does not match its content
certificate-why-damaged = its signed payload is damaged
certificate-why-code = its code does not match its signed content
certificate-why-fields = its fields differ from the signed ones (name, course, date or score edited)
bundle-not-cpms = this is not a CPMS progress bundle
bundle-newer-detail = made by a newer CPMS Player (bundle format version { $version }): update this laptop
bundle-unreadable = the bundle could not be read: { $detail }
bundle-json-error = line { $line }, column { $column }: { $detail }
bundle-no-version = the bundle has no version
bundle-version-unsupported = bundle version { $version } is not supported (this program reads versions 1 to { $max }); update CPMS Player
bundle-learner-unusable = learner { $id } (#{ $index }) has an empty id or an unusable name
bundle-fact-incomplete = fact #{ $index } ({ $id }) lacks an id, learner, course or module
bundle-fact-time = fact #{ $index } ({ $id }) has an impossible time { $time }
bundle-fact-score = fact #{ $index } ({ $id }) has a score of { $percent }%
bundle-fact-credit = fact #{ $index } ({ $id }) has a credit of { $credit }
bundle-fact-stranger = fact #{ $index } ({ $id }) belongs to learner { $learner } who is not in the bundle
bundle-facts-stranger = facts belong to learner { $learner } who is not in the bundle
bundle-link-no-id = a link of learner '{ $learner }' lacks an id
bundle-unsigned = the { $count } records of laptop { $device } (for example { $example }) are not signed: it may run an older CPMS Player, or they were added by hand. Export them again from an up-to-date laptop enrolled by your organisation
bundle-not-as-signed = the { $count } records of laptop { $device } do not match what that laptop signed ({ $signed } records): records were edited, added or removed by hand (one of them: { $example })
bundle-signature-invalid = the signature of laptop { $device } over its records is not valid (records such as { $example }): they were edited by hand; export them again from that laptop
bundle-laptop-untrusted = laptop { $laptop } (records such as { $example }) is not in your trust list: import your organisation's trust file, or ask the trainer to enrol that laptop
bundle-laptop-revoked = record { $id } was recorded by laptop “{ $laptop }” on { $date } after it was revoked on { $revoked }
task-cancelled = Stopped at your request: nothing was changed.
