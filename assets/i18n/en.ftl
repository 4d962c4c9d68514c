# CPMS Player interface, English (the reference). Translations live beside this file:
# fr.ftl, es.ftl, ar.ftl — the same message ids, translated values.

app-name = CPMS Player
learner-label = Learner: { $name }
switch-learner = Switch learner
larger-text = Larger text
smaller-text = Smaller text
theme-light = Light theme
theme-dark = Dark theme
language-label = Language
back = ← { $to }

## Profiles
profiles-title = Who is studying?
profiles-intro = Choose your profile to continue where you stopped, or create a new one.
profiles-none = No profiles on this computer yet.
profile-with-pin = { $name }  (PIN)
pin-label = PIN:
open-profile = Open
new-profile = New profile
name-label = Name
name-hint = Your name, in any script
pin-optional = PIN (optional)
pin-hint = 4–6 digits
create-profile = Create profile
error-wrong-pin = That PIN is not right. Try again.
error-profile-gone = This profile no longer exists.

## Library
library-title = Your courses
library-empty = No course is installed. Ask your trainer to copy a course folder into the courses folder.
study-hours = { $hours ->
    [one] About one hour of study, quizzes included
   *[other] About { $hours } hours of study, quizzes included
}
course-progress = Course progress
course-complete = Course complete
continue-lesson = Continue: { $lesson }
start-course = Start the course
course-overview = Course overview
library-problems = Some course folders could not be loaded:
library = Library

## Overview
course-done = You have completed the course.
status-not-started = Not started
status-in-progress = In progress
status-complete = Complete
lessons-heading = Lessons
module-lessons = { $count ->
    [one] One lesson · about { $minutes } min
   *[other] { $count } lessons · about { $minutes } min
}
quiz-passed = Quiz passed — best score { $best }%
quiz-not-passed = Quiz not passed yet — best score { $best }% (pass mark { $mark }%)
quiz-not-taken = Quiz not taken (pass mark { $mark }%)
take-quiz = Take the quiz
take-final = Take the final assessment
get-certificate = Get your certificate

## Lesson
lesson-minutes = About { $minutes } min
glossary = Glossary
glossary-hint = Words underlined in the text: click one to open its entry in the glossary.
search-open = 🔍 Search
search-title = Search the course
search-label = Search for
search-hint = Lessons, titles and the glossary. Capitals, accents and short vowels make no difference.
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-many = The first { $count } results: add a word to narrow the search.
search-none = Nothing found for “{ $query }”. Try another word or a shorter form of it.
search-preparing = Preparing the search…
glossary-filter = Find a term
glossary-none = No term matches.
about-course = About this course
about-none = This course has no "about" text.
about-edition = Edition: { $edition }
about-languages = Languages: { $languages }
about-version = Course version: { $version }
about-context-title = Local information added by a trainer (context pack)
about-context-none = No context pack is installed: the lessons show no local information.
about-context-by = Added by: { $name }
about-context-counts = Referral contacts: { $referrals } · Local terms: { $terms } · Local examples: { $examples }
about-context-file = File: { $path }
further-reading = Further reading
short-path-title = Short path (a suggested route)
short-path-intro = When time is short, study these parts first: about { $minutes } min in all. They follow the five certificate modules of the CPMS eCourse: the introduction, the principles, Standard 1, Standard 4 and one standard you choose.
short-path-choice = Then { $count ->
    [one] one standard
   *[other] { $count } standards
} of your choice, about { $minutes } min each: pick it in the modules below.
short-path-note = The short path changes nothing in this course's certificate: it still needs every lesson, every module quiz and the final assessment.
full-course-title = The full course (about { $minutes } min)
local-referrals-title = Local information: where to refer
local-terms-title = Local information: words used here
local-example-title = Local information: an example from here (Standard { $standard })
local-added-by = Added by { $name }. This is not part of the course text.
context-add = Add a context pack (local information)…
task-add-context = Checking and adding the context pack { $path }
context-added = Context pack added to { $course }. Referral contacts: { $referrals } · local terms: { $terms } · local examples: { $examples }.
context-refused = The context pack was not added (nothing was changed):
previous = ← Previous
next = Next →
callout-key-point = Key point
callout-in-practice = In practice
callout-warning = Warning
scenario = Scenario: { $title }
image = Image

## Quiz
quiz-title = Quiz: { $title }
leave-quiz = Leave the quiz
question-of = Question { $n } of { $total }
choose-all = Choose all that apply.
true = True
false = False
yes = Yes
no = No
choose-match = Choose the match for each line.
choose = Choose…
order-hint = Put the steps in the right order with the arrows.
move-up = Move up: { $step }
move-down = Move down: { $step }
check-answer = Check answer
answer-first = Answer the question to check it.
correct = Correct
not-quite = Not quite
right-answer = The right answer: { $answer }
next-question = Next question
see-results = See my results
your-score = Your score: { $percent }%
passed = You passed.
not-passed = Not passed yet.
result-summary = { $verdict } The pass mark is { $mark }%. { $correct ->
    [one] One of { $total } answers was right.
   *[other] { $correct } of { $total } answers were right.
}
try-again = Try again
back-to-course = Back to the course
review = Review
your-answer = Your answer: { $answer }
question-unavailable = This question cannot be shown.

## Certificate
certificate-title = Your certificate
certificate-save = Save as PDF…
certificate-saved = Saved to { $path }
certificate-heading = Certificate of completion
certificate-certifies = This certifies that
certificate-completed = has completed the course
certificate-completed-on = Completed on
certificate-final-score = Final assessment
certificate-study-time = Study time
certificate-code = Verification code
certificate-verify-hint = To check it offline, scan the QR code, or give this PDF file or the code to { $command }
certificate-footer = CPMS Player · Minimum Standards for Child Protection in Humanitarian Action, 2019 edition
certificate-field = { $label }: { $value }
certificate-percent = { $value }%
certificate-duration = { $hours } h { $minutes } min
certificate-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
certificate-unprintable = The name contains “{ $char }” ({ $code }), which no font in CPMS Player can print. Correct the spelling of the name (trainer area, or `cpms-player learners rename`), or write it in a script the program supports (Latin, Greek, Cyrillic, Arabic, Ethiopic, Devanagari, Bengali).
certificate-not-complete = { $name } has not completed the course yet: every lesson must be seen and every quiz, the final assessment included, passed
certificate-unvouched = { $name } completed the course only with records taken in without a signature from another laptop (a bundle from an older CPMS Player, or one edited by hand). No certificate rests on them: export the progress again from that laptop with an up-to-date CPMS Player and import it here, or have the learner finish on this laptop.
certificate-badge-criteria = Studied every lesson of the course, passed every module quiz and passed the final assessment, in CPMS Player.

## Errors
error-unknown-course = Unknown course.
error-save-place = Your place could not be saved: { $error }
error-save-answer = Your answer could not be saved: { $error }
error-save-result = Your result could not be saved: { $error }
error-start-quiz = The quiz could not be started: { $error }
error-no-quiz = This module has no quiz.
error-no-lesson = This lesson is not in the course.
error-choose-learner = Choose a learner profile first.

## Trainer area
trainer-area = Trainer area
trainer-title = Trainer area
trainer-locked = Enter the trainer passphrase to manage learners, courses and progress.
trainer-passphrase = Passphrase
trainer-unlock = Unlock
trainer-wrong-passphrase = That passphrase is not right.
trainer-first-time = No trainer passphrase is set on this computer yet. Choose one (at least 8 characters) and keep it safe.
trainer-setup-cli = No trainer passphrase is set on this computer, and learners already use it, so it cannot be chosen here. The trainer sets it from a terminal in the program's folder: cpms-player trainer set-passphrase (see the trainer's guide).
trainer-wait = Too many wrong passphrases. Try again in { $seconds } s.
trainer-passphrase-again = Passphrase again
trainer-set-passphrase = Set the passphrase
trainer-passphrases-differ = The two passphrases are not the same.
trainer-leave = Leave the trainer area
tab-learners = Learners
tab-dashboard = Dashboard
tab-courses = Courses
tab-data = Progress and backups
add-learner = Add learner
import-csv = Import learners from CSV…
csv-hint = One learner per line: name, optional PIN, optional language (en, fr, es, ar). A header line may name the columns.
rename = Rename
save = Save
cancel = Cancel
set-pin = Set PIN
remove-pin = Remove PIN
remove = Remove
confirm-remove = Remove { $name }? Their progress stays in reports of merged laptops, but the profile disappears.
confirm-yes = Yes, remove
learners-added = { $count ->
    [one] One learner added.
   *[other] { $count } learners added.
}
archive = Archive…
link-to-person = Same person as…
confirm-archive = Archive { $name }? The profile leaves the start screen and this list, also on the laptops that receive your progress bundles. Their progress stays in the reports.
confirm-archive-yes = Yes, archive
link-choose = The other profile of { $name } is:
confirm-link = Count { $name } and { $other } as one person? Their progress is reported and certified together, also on the laptops that receive your progress bundles.
confirm-link-yes = Yes, one person
learner-archived = { $name } was archived.
archived-heading = Archived profiles
unarchive = Bring back { $name }
learner-unarchived = { $name } is back on the start screen.
learners-linked = { $name } and { $other } now count as one person.
learner-removed = { $name } was removed.
learner-updated = { $name } was updated.
dashboard-empty = No learners yet.
dashboard-minutes = { $minutes } min
dashboard-legend = ✔ complete · ◐ in progress · ○ not started · score · minutes
export-report = Export CSV report…
report-saved = Report saved to { $path }
install-folder = Install a course from a folder…
install-zip = Install a course from a .zip…
course-installed = Installed { $id }: { $modules } modules, { $lessons } lessons, { $items } quiz items.
course-refused = The course was not installed:
installed-courses = Installed courses
export-bundle = Export progress bundle…
import-bundles = Import progress bundles…
bundle-saved = Progress bundle saved to { $path }
bundles-imported = Imported { $facts } new facts and { $learners } new learners ({ $known } facts were already here).
backup-now = Back up now…
restore-backup = Restore a backup…
backup-saved = Backup saved to { $path }
restored = Restored from { $path }.
data-hint = Bundles carry progress between laptops: export on each laptop, import them all on one. Importing the same bundle twice changes nothing.

## Recovery at start
recovery-title = Your progress file needs attention
recovery-explain = CPMS Player could not read the file where progress is saved: { $problem }. This can happen after a power cut or if the disk is failing. Nothing will be deleted.
recovery-no-backup = There is no backup to go back to.
recovery-restore-latest = Go back to the latest backup ({ $date })
recovery-restore = Go back to the backup of { $date }
recovery-fresh = Start with an empty progress file (the damaged one is kept aside)
recovery-where = Progress file: { $path }
upgrade-title = Updating your progress file
upgrade-explain = This version of CPMS Player keeps progress in an updated format. Your progress file is converted once, and every learner's progress is kept. Please leave the program open until it is done.
upgrade-running = Converting… ({ $seconds } s)
upgrade-finishing = Every learner's progress is converted; putting the file in order… ({ $seconds } s)
upgrade-failed-title = Your progress file could not be updated
upgrade-failed = The conversion stopped, and nothing was changed: the file is as it was before. Do what the message above says, then start CPMS Player again.

## Learning Record Store
lrs-heading = Send progress to a Learning Record Store (xAPI)
lrs-endpoint = LRS address
lrs-user = User
lrs-password = Password
lrs-send = Send now
lrs-progress = Sending: { $sent } of { $total } statements
lrs-done = { $sent } statements sent, { $left } still waiting.

## Rules on what people type
rule-name-empty = The name is empty: type the learner's name.
rule-name-too-long = The name is longer than 80 characters: shorten it.
rule-name-control = The name contains characters that cannot be shown: type it again.
rule-pin-format = A PIN is 4 to 6 digits.
rule-passphrase-short = The trainer passphrase needs at least 8 characters.

## Way-finding, quiz completeness and leaving (issue 15)
start-module = Start this module
continue-module = Continue this module
lesson-visited = Read
lesson-not-visited = Not read yet
match-missing = { $count ->
    [one] One line still has no match.
   *[other] { $count } lines still have no match.
}
keep-order = Keep this order
mark-right = Right
mark-wrong = Wrong
leave-quiz-title = Leave the quiz?
leave-quiz-explain = Your { $answered } checked answers (of { $total } questions) are kept. You can resume the quiz from the course overview.
leave-quiz-stay = Stay in the quiz
leave-quiz-confirm = Leave and keep my answers
quiz-in-progress = Quiz in progress: { $answered } of { $total } questions answered
resume-quiz = Resume the quiz
pin-again = PIN again:
show-pin = Show the PIN
error-pin-mismatch = The two PINs are not the same. Type the PIN again in both fields.
pin-wait = Too many wrong PINs. Try again in { $seconds } s.
clear-pin-tries = Clear wrong PIN tries
find-profile = Find a profile:
profiles-more = { $count ->
    [one] One more profile is
   *[other] { $count } more profiles are
} not listed: type part of a name above to find one.
menu = Menu
# Keys and trust (cpms-player org / trust)
import-unsigned-facts = Warning: { $count } facts came without a signature (a bundle from an older CPMS Player). They were taken in because this laptop trusts no organisation yet; once it does (cpms-player trust import FILE), unsigned facts are refused.
trust-org-created = Organisation “{ $name }” created (key id { $id }). Enrol each laptop with: cpms-player org enrol KEY --name NAME (the laptop shows its KEY with: cpms-player trust show)
trust-no-org = This laptop holds no organisation key. Create one with: cpms-player org create NAME
trust-laptop-name-empty = Give the laptop a name with --name, e.g. --name "Kit 3"
trust-enrolled = Laptop “{ $name }” (key id { $id }) is enrolled in “{ $org }”. Export the trust list with: cpms-player trust export --out FILE, and import it on every laptop.
trust-no-such-laptop = No laptop named or keyed “{ $laptop }” is enrolled in “{ $org }”. See the enrolled laptops with: cpms-player trust show
trust-revoked = Laptop “{ $name }” is revoked in “{ $org }”: its records from now on are refused. Export the trust list again and import it on every laptop.
trust-this-laptop = This laptop: key { $key } (id { $id })
trust-empty = No organisation is trusted yet. Import a trust file with: cpms-player trust import FILE
trust-organisation = Organisation “{ $name }” (key id { $id }): { $devices } laptops enrolled, { $revoked } revoked
trust-device-line = “{ $name }” key id { $id }, enrolled { $date }{ $revoked ->
    [none] {""}
   *[other] , revoked { $revoked }
}
trust-exported = Trust list written to { $path } ({ $count } organisations)
trust-file-invalid = { $path } is not a usable trust file: { $problem }. Nothing was imported; ask the trainer for a new export.
trust-imported = { $added } new entries imported from { $path }

# Certificate verification (cpms-player verify)
verify-valid = Valid: issued on { $date } by laptop “{ $laptop }” ({ $id }) of { $org }.
verify-issued-here = Valid: issued on { $date } by this laptop ({ $id }), which no organisation in the trust list has enrolled.
verify-untrusted = The signature is valid, but the issuer (laptop { $id }) is not in your trust list. Import the trust file of the organisation you expect (cpms-player trust import FILE) and check again.
verify-revoked = NOT VALID: laptop “{ $laptop }” ({ $id }) of { $org } was revoked on { $revoked }, and this certificate dates from { $date }.
verify-bad-signature = NOT VALID: the signature does not match the content. The certificate was edited, or its text was mistyped or cut: scan the QR code again or give the PDF file.
verify-malformed = NOT VALID: this is not a certificate code. Give the PDF file, the text of its QR code (it starts with CPMS2), or a code like XXXX-XXXX-XXXX-XXXX.
verify-no-payload = NOT VALID: { $path } carries no signed certificate. A certificate from before signing can be checked by its code on the laptop that issued it.
verify-legacy-mismatch = NOT VALID: this older certificate's record does not match its code (it was edited).
verify-legacy = Valid older certificate, verifiable only on the issuing laptop (this one).
verify-legacy-elsewhere = Older certificate, verifiable only on the issuing laptop: this laptop did not issue it, so it cannot be checked here.
verify-code-unknown = No certificate with code { $code } is known here. Give the PDF file or the text of its QR code instead: cpms-player verify certificate.pdf
verify-details =
    Learner:      { $name }
    Course:       { $course } (version { $version }, language { $lang })
    Completed on: { $date }
    Final score:  { $score }%
    Code:         { $code }

# Long trainer tasks in the background, and file paths (ui/tasks.rs)
task-running = { $what } — { $seconds } s
task-busy = Wait until this is finished: { $what }
task-export-report = Writing the report to { $path }
task-export-bundle = Writing the progress bundle to { $path }
task-import-bundles = Merging { $count ->
    [one] one progress file
   *[other] { $count } progress files
}
task-install-course = Installing the course from { $path }
task-backup = Backing up to { $path }
task-restore = Restoring the backup { $path }
no-file-dialog = No file window can open on this computer. Type the full path of the file or folder in the “Path” field, then press the button again.
path-field = Path:
path-field-hint = Leave empty to choose in a file window. Several files: separate them with ;
## Final assessment: attempts and feedback per standard
save-answer = Save and go on
final-no-keys = The final assessment does not show the answers. Your results tell you which standards to review.
attempt-number = This was attempt { $n } at the final assessment.
passed-on-attempt = You passed on attempt { $n }.
feedback-heading = Your results per standard
feedback-missed = { $tag }: { $correct } of { $asked } right. Review the lessons:
feedback-mastered = Answered right: { $tags }
tag-standard = Standard { $n }
tag-principle = Principle { $n }
tag-basics = The basics of the CPMS
final-review-first = Before your next attempt, revisit { $count ->
    [one] this lesson
   *[other] these { $count } lessons
}: { $lessons }
review-lessons-first = Revisit the lessons first ({ $count } left)
final-limit-reached = You have started { $max } final attempts in 24 hours, the most allowed. Your next attempt is possible from { $time }.
certificate-attempt = passed on attempt { $n }
final-attempts-setting = Final assessment: attempts per learner in 24 hours (0 = no limit)
final-attempts-save = Save the limit
final-attempts-saved = Saved: { $n } final attempts per learner in 24 hours.
final-attempts-invalid = “{ $value }” is not a number of attempts: type a whole number from 0 (no limit) to 99.
## Trainer area: item statistics (issue 18)

tab-stats = Item statistics
stats-refresh = Compute again
stats-computing = Computing the item statistics from every learner's answers…
stats-summary = Final attempts: { $attempts } · learners: { $learners } · items to review: { $flagged } · computed in { $ms } ms
stats-none = No one has finished the final assessment yet: mastery and completions appear once learners have taken it.
stats-standard = Standard { $n }
stats-pillar = Pillar { $n }
stats-mastery-title = Mastery per standard (% of learners)
stats-mastery-axis-x = Standard
stats-mastery-hint = A learner masters a standard when they earn at least 2/3 of the credit of its items on their latest final attempt. Bars are coloured by pillar.
stats-pillars-title = Mastery per pillar (% of learners)
stats-pillar-axis = Pillar
stats-scatter-title = Items: discrimination (up, upper – lower 27 %) against facility (across)
stats-facility = Facility (share correct)
stats-scatter-count = { $count } items, { $flagged } flagged
stats-scatter-hint = Each point is an item, over every finished attempt. Facility above 0.95: nobody misses it; below 0.2: most miss it. Below zero discrimination, stronger learners miss the item more often than weaker ones. Flagged items are red and listed below.
stats-completions-title = Learners who passed the final assessment (total), over time
stats-completions-axis-x = Date
stats-completions-count = { $count } learners
stats-review-title = Items to review
stats-no-flags = No item is flagged.
stats-col-item = Item
stats-col-module = Module
stats-col-facility = Facility
stats-col-discrimination = Discrimination
stats-col-drawn = Drawn
stats-col-flags = Why
stats-flag-nobody-misses = nobody misses it
stats-flag-most-miss = most learners miss it
stats-flag-negative = negative discrimination
stats-more = … and { $count } more: `cpms-player report items` lists them all.
