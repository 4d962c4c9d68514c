# مشكلات يمكن للمستخدم معالجتها: يعرضها سطر الأوامر والنافذة (src/problem.rs).
# كل رسالة تذكر ما حدث، وتسمّي الملف، وتوضّح ما يجب فعله.

error-prefix = خطأ
hint-prefix = ما يجب فعله

## ملفات الإخراج

out-is-database = الملف { $path } هو قاعدة بيانات التقدّم (أو أحد ملفاتها)، والكتابة فيه ستمحو تقدّم جميع المتعلّمين. لم يُكتب أي شيء: اختر ملفًا آخر، في مجلد المستندات (Documents) مثلًا.
out-in-protected = يقع الملف { $path } داخل المجلد { $folder }، وهو مجلد يديره CPMS Player بنفسه. لم يُكتب أي شيء: اختر ملفًا في مجلد آخر.
out-is-input = الملف { $path } هو أيضًا الملف الذي تجري قراءته. لم يُكتب أي شيء: اختر ملف إخراج آخر.
cannot-write = تعذّرت الكتابة في { $path }: { $error }. تحقّق من أن المجلد موجود وغير محمي ضد الكتابة، ثم حاول مرة أخرى.
cannot-read = تعذّرت قراءة { $path }: { $error }. تحقّق من اسم الملف، ثم حاول مرة أخرى.

## قاعدة بيانات التقدّم

db-unreadable = تتعذّر قراءة ملف التقدّم { $path } ({ $error }). تحقّق من أن ذاكرة USB أو القرص موصول، ثم حاول مرة أخرى.
db-is-folder = المسار { $path } مجلد وليس ملف تقدّم. حدّد باستخدام --data-dir المجلد الذي يحتوي على progress.sqlite.
db-empty-file = ملف التقدّم { $path } فارغ (0 بايت): لقد تعرّض للتلف، مثلًا بسبب انقطاع الكهرباء أو عملية نسخ لم تكتمل. لم يتغيّر أي شيء. استعد نسخة احتياطية باستخدام `cpms-player restore FILE` (النسخ الاحتياطية التلقائية موجودة في المجلد backups بجانبه)، أو شغّل التطبيق ليرشدك.
db-not-sqlite = الملف { $path } ليس قاعدة بيانات تقدّم (فهو ليس ملف SQLite، أو كُتب فوقه). لم يتغيّر أي شيء. استعد نسخة احتياطية باستخدام `cpms-player restore FILE` (النسخ الاحتياطية التلقائية موجودة في المجلد backups بجانبه)، أو شغّل التطبيق ليرشدك.
db-truncated = ملف التقدّم { $path } مبتور (أقصر من الحجم المسجّل فيه): لقد تعرّض للتلف. لم يتغيّر أي شيء. استعد نسخة احتياطية باستخدام `cpms-player restore FILE` (النسخ الاحتياطية التلقائية موجودة في المجلد backups بجانبه)، أو شغّل التطبيق ليرشدك.
db-not-progress = الملف { $path } ملف SQLite، لكنه ليس قاعدة بيانات تقدّم خاصة بـ CPMS Player. لم يتغيّر أي شيء. حدّد المجلد الصحيح باستخدام --data-dir، أو استعد نسخة احتياطية باستخدام `cpms-player restore FILE`.
db-damaged = ملف التقدّم { $path } تالف ({ $detail }). لم يتغيّر أي شيء. استعد نسخة احتياطية باستخدام `cpms-player restore FILE` (النسخ الاحتياطية التلقائية موجودة في المجلد backups بجانبه)، أو شغّل التطبيق ليرشدك.
db-newer = أُنشئ ملف التقدّم { $path } بإصدار أحدث من CPMS Player (تنسيقه أحدث من الإصدار { $ours } الذي يعرفه هذا البرنامج). لم يتغيّر أي شيء: حدّث CPMS Player على هذا الحاسوب.
db-needs-upgrade-read-only = أُنشئ ملف التقدّم { $path } بإصدار أقدم من CPMS Player ويجب تحديثه، وهذا غير ممكن في مجلد للقراءة فقط. انسخ مجلد البيانات إلى قرص تمكن الكتابة عليه، أو أزل الحماية ضد الكتابة، ثم حاول مرة أخرى.
db-locked = ملف التقدّم { $path } قيد الاستخدام من برنامج آخر. هل CPMS Player مفتوح على هذا الحاسوب؟ أغلقه، ثم حاول مرة أخرى.
db-read-only = مجلد البيانات { $path } للقراءة فقط (ربما ذاكرة USB محمية ضد الكتابة؟). لا يمكن حفظ أي شيء فيه: أزل الحماية ضد الكتابة أو انسخ المجلد إلى الحاسوب، ثم حاول مرة أخرى.
db-read-only-note = ملاحظة: مجلد البيانات { $path } للقراءة فقط؛ يُعرض محتواه، لكن لا يمكن تغيير أي شيء.
disk-full = القرص الذي يحتوي على { $path } ممتلئ. لم يُفقد أي شيء، لكن لا يمكن حفظ المزيد: أفرغ بعض المساحة، ثم حاول مرة أخرى.
db-error = تعذّر استخدام ملف التقدّم { $path } ({ $detail }).
folder-cannot-create = تعذّر إنشاء مجلد البيانات { $path } ({ $error }). حدّد باستخدام --data-dir مجلدًا تمكن الكتابة فيه.
no-data-folder = لم يُعثر على أي مجلد بيانات لهذا المستخدم. حدّد مجلدًا باستخدام --data-dir.

## الاستعادة والنسخ الاحتياطية

restore-failed = تعذّرت الاستعادة من { $path }: { $detail }. لم تتغيّر قاعدة بيانات التقدّم.
restore-done = تمت استعادة { $db } من { $path }. حُفظت قاعدة البيانات المستبدَلة باسم { $aside }.

## المتعلّمون

pin-empty = رمز PIN الفارغ ليس رمز PIN: أدخل من 4 إلى 6 أرقام. لإزالة رمز PIN لمتعلّم، شغّل الأمر `cpms-player learners set-pin NAME --remove`.
pin-and-remove = أدخل إمّا رمز PIN جديدًا وإمّا --remove، وليس الاثنين معًا.
passphrase-short = يجب أن تتكوّن عبارة مرور المدرّب من 8 أحرف على الأقل. لم يتغيّر شيء؛ شغّل الأمر مرة أخرى.
passphrases-differ = عبارتا المرور غير متطابقتين. لم يتغيّر شيء؛ شغّل الأمر مرة أخرى.
pin-missing = أدخل رمز PIN الجديد (من 4 إلى 6 أرقام)، أو --remove لإزالة رمز PIN.
learner-not-found = لا يوجد متعلّم باسم «{ $name }». اعرض الأسماء باستخدام `cpms-player learners list`.
learner-ambiguous = { $count ->
    [one] يوجد متعلّم واحد باسم «{ $name }».
    [two] يوجد متعلّمان باسم «{ $name }».
    [few] يوجد { $count } متعلّمين باسم «{ $name }».
    [many] يوجد { $count } متعلّمًا باسم «{ $name }».
   *[other] يوجد { $count } متعلّم باسم «{ $name }».
} أدخل مُعرّف المتعلّم (id) بدلًا من اسمه (انظر `cpms-player learners list`).

## ملف CSV للمتعلّمين

csv-problem = { $path }، السطر { $line }: { $message }
csv-not-text = الملف { $path } ليس ملفًا نصيًا بترميز UTF-8 (السطر { $line }). احفظه من برنامج الجداول بتنسيق "CSV UTF-8"، ثم استورده مرة أخرى.
csv-broken = { $path }، السطر { $line }: تعذّرت قراءة السطر ({ $detail }). تحقّق من عدم وجود علامة اقتباس غير مغلقة.
csv-wrong-columns = { $path }، السطر 1: الأعمدة هي { $found }، لكن ملف المتعلّمين يجب أن يحتوي على الأعمدة name، pin، language (أو nom/nombre/الاسم، code/PIN، langue/idioma/اللغة). أعد تسمية الأعمدة أو احذف سطر العناوين.
csv-no-learners = لا يحتوي الملف { $path } على أي متعلّم: اكتب اسمًا واحدًا في كل سطر (ويمكن إضافة رمز PIN ولغة).
csv-name-empty = الاسم فارغ؛ اكتب اسم المتعلّم
csv-name-invisible = لا يحتوي الاسم على أي حرف ظاهر؛ اكتب اسم المتعلّم
csv-name-too-long = الاسم أطول من 80 حرفًا؛ اختصره
csv-name-control = يحتوي الاسم على أحرف تحكّم لا يمكن عرضها؛ اكتبه مرة أخرى
csv-pin-format = «{ $pin }» ليس رمز PIN صالحًا؛ يتكوّن رمز PIN من 4 إلى 6 أرقام
csv-language = لغة غير معروفة «{ $language }» (استخدم en أو fr أو es أو ar)
csv-duplicate-in-file = الاسم «{ $name }» موجود أيضًا في السطر { $other }؛ يجب أن يَرِد كل متعلّم مرة واحدة فقط
csv-nothing-added = لم تتم إضافة أي متعلّم؛ صحّح الملف، ثم استورده مرة أخرى.
csv-added = { $added ->
    [zero] لم تتم إضافة أي متعلّم من { $path }.
    [one] تمت إضافة متعلّم واحد من { $path }.
    [two] تمت إضافة متعلّمَين من { $path }.
    [few] تمت إضافة { $added } متعلّمين من { $path }.
    [many] تمت إضافة { $added } متعلّمًا من { $path }.
   *[other] تمت إضافة { $added } متعلّم من { $path }.
}
csv-already-there = { $count ->
    [one] كان متعلّم واحد من الملف موجودًا من قبل على هذا الحاسوب، فتُرك كما هو: { $names }
    [two] كان متعلّمان من الملف موجودَين من قبل على هذا الحاسوب، فتُركا كما هما: { $names }
    [few] كان { $count } متعلّمين من الملف موجودين من قبل على هذا الحاسوب، فتُركوا كما هم: { $names }
    [many] كان { $count } متعلّمًا من الملف موجودين من قبل على هذا الحاسوب، فتُركوا كما هم: { $names }
   *[other] كان { $count } متعلّم من الملف موجودين من قبل على هذا الحاسوب، فتُركوا كما هم: { $names }
}
csv-progress = تأمين رموز PIN: { $done } من { $total } (الوقت المتبقي { $seconds ->
    [one] ثانية واحدة تقريبًا
    [two] ثانيتان تقريبًا
    [few] { $seconds } ثوانٍ تقريبًا
   *[other] { $seconds } ثانية تقريبًا
})

## الشهادات

verify-unknown = لا توجد هنا أي شهادة معروفة بالرمز { $code }. تحقّق من الرمز، أو ادمج تقدّم الحاسوب الذي أصدرها.
verify-not-a-code = هذا ليس رمز شهادة: يتكوّن الرمز من 16 حرفًا ورقمًا، مثل ABCD-EFGH-JKLM-NPQR، أمّا ما أُدخل فيتكوّن من { $length ->
    [one] حرف واحد
    [two] حرفين
    [few] { $length } أحرف
    [many] { $length } حرفًا
   *[other] { $length } حرف
} (ويبدأ بـ «{ $start }»).

## حزم التقدّم

bundle-not-a-bundle = الملف { $path } ليس حزمة تقدّم من CPMS. حدّد ملفًا أُنشئ باستخدام `cpms-player export-progress` (أو عبر «تصدير حزمة التقدّم» في مساحة المدرّب). لم يُستورد أي شيء.
bundle-invalid = { $path }: { $detail }. لم يُستورد أي شيء من أي ملف.
bundle-newer-version = أُنشئ الملف { $path } بإصدار أحدث من CPMS Player (إصدار تنسيق الحزمة { $version }): حدّث هذا الحاسوب ثم استورده مرة أخرى. لم يُستورد أي شيء.
link-unknown-id = لا يوجد متعلّم بالمعرّف { $id } على هذا الحاسوب. راجع `cpms-player learners list`، أو استورد أولًا القائمة أو الحزمة التي تحتويه.
link-same-person = { $id } و{ $other } متعلّم واحد بالفعل؛ لم يتغيّر شيء.
export-with-pins = تنبيه: يحتوي { $path } على بصمات أرقام PIN الخاصة بالمتعلّمين. يمكن العثور على رقم PIN قصير من بصمته ببحث صبور: احتفظ بهذا الملف معك واحذفه بعد استيراده.
import-conflict = { $name }: تغيّر الحقل { $field } على حاسوبين في الوقت نفسه؛ أُبقي على «{ $kept }» (الحاسوب { $kept_device }) ووُضع جانبًا «{ $set_aside }» (الحاسوب { $set_aside_device }). غيّره مرة أخرى إن كانت القيمة الأخرى هي الصحيحة.
import-clock-ahead = ساعة الحاسوب { $device } متقدّمة بنحو { $days } يوم على ساعة هذا الحاسوب: لم يُسمح لتعديلاته على الملفات الشخصية بأن تتغلّب على غيرها. اضبط التاريخ والوقت على ذلك الحاسوب.
import-fact-conflicts = وصلت سجلات معروفة بمحتوى مختلف (العدد: { $count })؛ أُبقي على المحفوظة منها: { $ids }
import-newer-minor = أُنشئت حزمة بإصدار أحدث من CPMS Player (التنسيق { $version })؛ تُرك جانبًا ما لا يعرفه هذا الحاسوب. حدّث هذا الحاسوب للاحتفاظ بكل شيء.
import-unknown-fields = تم تجاهل حقول لا يعرفها هذا الإصدار: { $fields }
import-duplicate = ربما شخص واحد: «{ $name }» له عدة معرّفات ({ $ids }). إن كان كذلك فاربطها: cpms-player learners link ID PERSON_ID
import-duplicates-more = …وأسماء أخرى لها عدة معرّفات (العدد: { $count }): راجع `cpms-player learners duplicates`.

## حزم الدورات

course-not-found = { $path }: لا يوجد مجلد دورة أو ملف .zip بهذا الاسم. حدّد مسار مجلد يحتوي على course.ron، أو ملف .zip لدورة.

## حزم السياق (معلومات محلية تُضاف إلى دورة)
context-at = { $file }:{ $line }:{ $column }: { $problem }
context-in-file = { $file }: { $problem }
context-unreadable = تعذّرت قراءة حزمة السياق ({ $error })؛ تحقّق من اسم الملف
context-not-utf8 = حزمة السياق ليست نصًا بترميز UTF-8؛ احفظها بترميز UTF-8 (في معظم المحررات: حفظ باسم ← الترميز: UTF-8)
context-syntax = حزمة السياق ليست بصيغة RON صحيحة: { $error }. قارنها بالمثال في courses/README.md (قسم "Context packs")
context-wrong-course = الحزمة مخصّصة للدورة "{ $found }" وليس للدورة "{ $course }"؛ اكتب course: "{ $course }" أو أضفها إلى الدورة الصحيحة
context-no-contact = جهة الإحالة رقم { $number } ليس لها رقم هاتف ولا عنوان؛ أضف phone: "…" أو address: {"{"}…{"}"}
context-bad-standard = يذكر مثال محلي المعيار { $standard }؛ المعايير الدنيا تضم المعايير من 1 إلى 28
context-standard-twice = للمعيار { $standard } مثالان محليان؛ احتفظ بواحد فقط
context-no-default-text = لا يوجد نص لـ { $what } باللغة { $lang }، وهي اللغة الأولى للدورة؛ أضف "{ $lang }": "…" (يُعرض عندما تغيب لغة المتعلّم)
context-unknown-language = لـ { $what } نص باللغة "{ $lang }"، وهي لغة ليست في الدورة ({ $languages })؛ صحّح رمز اللغة
context-empty-text = نص { $what } باللغة { $lang } فارغ؛ اكتبه أو احذف هذه اللغة
context-no-course = لا توجد دورة مثبّتة بالمعرّف "{ $course }"؛ الدورات المثبّتة: { $installed }
context-added-cli = أُضيفت حزمة السياق إلى { $course } ({ $path }): جهات الإحالة { $referrals }، المصطلحات المحلية { $terms }، الأمثلة المحلية { $examples }.
context-removed = حُذفت حزمة السياق من { $course }.
context-none-to-remove = ليس للدورة { $course } حزمة سياق.

## xAPI

xapi-not-lrs = ردّ العنوان، لكن ليس بوصفه مستودعًا لسجلات التعلّم (LRS) ({ $detail }). ربما هي صفحة تسجيل دخول لشبكة Wi-Fi أو خادم وكيل (proxy): افتح متصفحًا، وسجّل الدخول إلى الشبكة، ثم حاول مرة أخرى. تبقى العبارات في قائمة الانتظار.
xapi-timeout = لم يردّ مستودع سجلات التعلّم (LRS) خلال { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
}. تبقى العبارات في قائمة الانتظار: حاول مرة أخرى لاحقًا أو تحقّق من العنوان.

## شاشة الاستعادة (النافذة)

recovery-backup-info = النسخة الاحتياطية بتاريخ { $date }: عدد المتعلّمين { $learners }، آخر نشاط: { $last }
recovery-backup-bad = النسخة الاحتياطية بتاريخ { $date }: تالفة، لا يمكن استخدامها
recovery-proposed = المقترحة: أحدث نسخة احتياطية سليمة تحتوي على متعلّمين.
recovery-others = نسخ احتياطية أخرى:
recovery-confirm-emptier = عدد المتعلّمين في هذه النسخة الاحتياطية { $learners }، وهو أقل من عددهم في النسخة المقترحة ({ $best }). العودة إليها ستُخفي عمل المتعلّمين الآخرين. هل تريد العودة إليها مع ذلك؟
recovery-confirm-yes = نعم، عُد إلى هذه النسخة الاحتياطية
recovery-confirm-no = لا، اعرض القائمة مجددًا

## Trainer area: verify a certificate

verify-heading = التحقق من شهادة
verify-input = الرمز أو نص رمز QR أو ملف PDF
verify-button = تحقّق
xapi-bad-base = لا يصلح «{ $base }» بداية لمعرّفات أنشطة xAPI: أدخل عنوانًا كاملًا مثل https://learning.example.org/cpms (أو اسمًا يبدأ بـ urn: أو tag:) دون مسافات أو ? أو #.
xapi-base-after-sync = أُرسلت { $sent } بيانات إلى مستودع LRS بمعرّفات الأنشطة الحالية؛ وتغيير الأساس الآن سيُظهر الأنشطة نفسها مرتين هناك. لم يُغيَّر شيء. إن كان هذا ما تريده، فأعد تشغيل الأمر مع ‎--force.

## Reports: item analysis

report-unknown-course = لا توجد دورة بالمعرّف «{ $id }» مثبّتة في { $folder }. لم يُكتب أي شيء. الدورات المثبّتة: { $installed }. اكتب أحد هذه المعرّفات باستخدام --course.

## The progress store (src/progress): database faults, refused bundles and records

store-sqlite = تعذّر استخدام قاعدة بيانات التقدّم: { $detail }
store-migration = تعذّر تحديث قاعدة بيانات التقدّم: { $detail }
store-folder = تعذّر إنشاء مجلد البيانات { $path }: { $error }
store-corrupt = تتعذّر قراءة سجلّ محفوظ: { $detail }
store-internal = وقع خطأ داخلي في CPMS Player ({ $detail }). لا علاقة لما فعلته بهذا الخطأ: أبلغ به الشخص المسؤول عن CPMS Player هنا.
db-secret-damaged = السرّ الخاص بالشهادات تالف: { $detail }
db-device-key-damaged = مفتاح هذا الحاسوب المحفوظ في قاعدة بيانات التقدّم تالف
db-organisation-key-damaged = مفتاح المنظمة المحفوظ في قاعدة بيانات التقدّم تالف
db-trust-list-damaged = قائمة الثقة المحفوظة في قاعدة بيانات التقدّم تالفة: { $detail }
backup-check-failed = لم تجتز نسخة قاعدة بيانات التقدّم المخصّصة لـ { $path } الفحص ({ $detail })، فلم يُحتفظ بها. افحص القرص ثم حاول مرة أخرى.
backup-cannot-open = تعذّر فتح { $path }: { $detail }
backup-unreadable = الملف { $path } ليس قاعدة بيانات قابلة للقراءة: { $detail }
backup-damaged = الملف { $path } تالف: { $detail }
backup-not-progress = الملف { $path } ليس قاعدة بيانات تقدّم خاصة بـ CPMS Player
set-aside-failed = تعذّر نقل { $path } جانبًا: { $error }
restore-copy-failed = تعذّر نسخ { $path }: { $error }
restore-replace-failed = تعذّر استبدال { $path }: { $error }
organisation-exists = يحمل هذا الحاسوب مفتاح منظمة بالفعل، ويكفي مفتاح واحد (راجع `cpms-player trust show`)
organisation-name-length = أعطِ المنظمة اسمًا يتراوح طوله بين 1 و120 حرفًا
certificate-refused = رُفضت الشهادة { $code } (المتعلّم { $name }): { $detail }
certificate-conflict = تعارض: الشهادة { $code } محفوظة هنا باسم { $known } ووصلت بمحتوى مختلف (باسم { $incoming }): عُدِّل أحد السجلّين؛ احتفظ بالحزمة الواردة من الحاسوب الذي أصدرها
certificate-why-unsigned = الشهادة غير موقّعة
certificate-why-signature = توقيعها لا يطابق محتواها
certificate-why-damaged = محتواها الموقّع تالف
certificate-why-code = رمزها لا يطابق محتواها الموقّع
certificate-why-fields = تختلف حقولها عن الحقول الموقّعة (عُدِّل الاسم أو الدورة أو التاريخ أو الدرجة)
bundle-not-cpms = هذا الملف ليس حزمة تقدّم من CPMS
bundle-newer-detail = أُنشئت بإصدار أحدث من CPMS Player (إصدار تنسيق الحزمة { $version }): حدّث هذا الحاسوب
bundle-unreadable = تعذّرت قراءة الحزمة: { $detail }
bundle-json-error = السطر { $line }، العمود { $column }: { $detail }
bundle-no-version = لا تذكر الحزمة رقم إصدارها
bundle-version-unsupported = إصدار الحزمة { $version } غير مدعوم (يقرأ هذا البرنامج الإصدارات من 1 إلى { $max })؛ حدّث CPMS Player
bundle-learner-unusable = المتعلّم { $id } (رقم { $index }) معرّفه فارغ أو اسمه غير صالح للاستخدام
bundle-fact-incomplete = السجلّ رقم { $index } ({ $id }) ينقصه المعرّف أو المتعلّم أو الدورة أو الوحدة
bundle-fact-time = السجلّ رقم { $index } ({ $id }) يحمل وقتًا مستحيلًا: { $time }
bundle-fact-score = السجلّ رقم { $index } ({ $id }) يحمل درجة قدرها { $percent }٪
bundle-fact-credit = السجلّ رقم { $index } ({ $id }) يحمل رصيدًا قدره { $credit }
bundle-fact-stranger = السجلّ رقم { $index } ({ $id }) يخصّ المتعلّم { $learner } غير الموجود في الحزمة
bundle-facts-stranger = توجد سجلّات تخصّ المتعلّم { $learner } غير الموجود في الحزمة
bundle-link-no-id = أحد روابط المتعلّم «{ $learner }» بلا معرّف
bundle-unsigned = سجلّات الحاسوب { $device } (عددها { $count }، ومنها { $example }) غير موقّعة: ربما يعمل عليه إصدار قديم من CPMS Player، أو أُضيفت يدويًا. صدّرها مرة أخرى من حاسوب محدَّث سجّلته منظمتك
bundle-not-as-signed = سجلّات الحاسوب { $device } (عددها { $count }) لا تطابق ما وقّعه ذلك الحاسوب (عدد السجلّات الموقّعة: { $signed }): عُدِّلت سجلّات أو أُضيفت أو حُذفت يدويًا (منها { $example })
bundle-signature-invalid = توقيع الحاسوب { $device } على سجلّاته غير صالح (منها { $example }): عُدِّلت يدويًا؛ صدّرها مرة أخرى من ذلك الحاسوب
bundle-laptop-untrusted = الحاسوب { $laptop } (ومن سجلّاته { $example }) ليس في قائمة الثقة لديك: استورد ملف الثقة الخاص بمنظمتك، أو اطلب من المدرّب تسجيل ذلك الحاسوب
bundle-laptop-revoked = سُجِّل السجلّ { $id } على الحاسوب «{ $laptop }» بتاريخ { $date }، أي بعد إلغاء اعتماده بتاريخ { $revoked }
task-cancelled = أُوقِف بناءً على طلبك: لم يتغيّر شيء.
