# واجهة CPMS Player باللغة العربية. المرجع هو الملف en.ftl، والترجمات موجودة بجانبه:
# fr.ftl وes.ftl وar.ftl — معرّفات الرسائل نفسها، مع ترجمة القيم.

app-name = CPMS Player
learner-label = المتعلّم: { $name }
switch-learner = تغيير المتعلّم
larger-text = تكبير النص
smaller-text = تصغير النص
theme-light = المظهر الفاتح
theme-dark = المظهر الداكن
language-label = اللغة
back = ← { $to }

## الملفات الشخصية
profiles-title = مَن يدرس الآن؟
profiles-intro = اختر ملفك الشخصي لتتابع من حيث توقفت، أو أنشئ ملفًا جديدًا.
profiles-none = لا توجد ملفات شخصية على هذا الحاسوب بعد.
profile-with-pin = { $name }  (رمز PIN)
pin-label = رمز PIN:
open-profile = فتح
new-profile = ملف شخصي جديد
name-label = الاسم
name-hint = اسمك، بأي نظام كتابة
pin-optional = رمز PIN (اختياري)
pin-hint = من 4 إلى 6 أرقام
create-profile = إنشاء الملف الشخصي
error-wrong-pin = رمز PIN غير صحيح. حاول مرة أخرى.
error-profile-gone = لم يعد هذا الملف الشخصي موجودًا.

## المكتبة
library-title = دوراتك
library-empty = لا توجد أي دورة مثبّتة. اطلب من المدرّب نسخ مجلد الدورة إلى مجلد الدورات.
study-hours = { $hours ->
    [zero] مدة الدراسة: أقل من ساعة، بما فيها الاختبارات
    [one] مدة الدراسة: ساعة واحدة تقريبًا، بما فيها الاختبارات
    [two] مدة الدراسة: ساعتان تقريبًا، بما فيها الاختبارات
    [few] مدة الدراسة: { $hours } ساعات تقريبًا، بما فيها الاختبارات
    [many] مدة الدراسة: { $hours } ساعة تقريبًا، بما فيها الاختبارات
   *[other] مدة الدراسة: { $hours } ساعة تقريبًا، بما فيها الاختبارات
}
course-progress = التقدّم في الدورة
course-complete = اكتملت الدورة
continue-lesson = متابعة: { $lesson }
start-course = بدء الدورة
course-overview = نظرة عامة على الدورة
library-problems = تعذّر تحميل بعض مجلدات الدورات:
library = المكتبة

## نظرة عامة
course-done = لقد أتممت الدورة.
status-not-started = لم يبدأ بعد
status-in-progress = قيد الإنجاز
status-complete = مكتمل
lessons-heading = الدروس
module-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
} · { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة تقريبًا
    [two] دقيقتان تقريبًا
    [few] { $minutes } دقائق تقريبًا
    [many] { $minutes } دقيقة تقريبًا
   *[other] { $minutes } دقيقة تقريبًا
}
quiz-passed = اجتزت الاختبار — أفضل نتيجة: { $best }%
quiz-not-passed = لم تجتز الاختبار بعد — أفضل نتيجة: { $best }% (درجة النجاح: { $mark }%)
quiz-not-taken = لم تخض الاختبار بعد (درجة النجاح: { $mark }%)
take-quiz = بدء الاختبار
take-final = بدء التقييم النهائي
get-certificate = الحصول على شهادتك

## الدرس
lesson-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة تقريبًا
    [two] دقيقتان تقريبًا
    [few] { $minutes } دقائق تقريبًا
    [many] { $minutes } دقيقة تقريبًا
   *[other] { $minutes } دقيقة تقريبًا
}
glossary = المسرد
glossary-hint = الكلمات المسطَّر تحتها في النص: انقر على إحداها لفتح تعريفها في المسرد.
search-open = 🔍 بحث
search-title = البحث في الدورة
search-label = ابحث عن
search-hint = يشمل البحث الدروس والعناوين والمسرد، ولا يتأثر بالحركات ولا بأشكال الهمزة.
search-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
search-many = أول { $count } نتيجة: أضف كلمة لتضييق البحث.
search-none = لم يُعثر على شيء لـ«{ $query }». جرّب كلمة أخرى أو صيغة أقصر منها.
search-preparing = جارٍ تجهيز البحث…
glossary-filter = ابحث عن مصطلح
glossary-none = لا يوجد مصطلح مطابق.
about-course = حول هذه الدورة
about-none = لا يوجد نص تعريفي لهذه الدورة.
about-edition = الطبعة: { $edition }
about-languages = اللغات: { $languages }
about-version = إصدار الدورة: { $version }
about-context-title = معلومات محلية أضافها مدرّب (حزمة السياق)
about-context-none = لم تُثبَّت أي حزمة سياق: لا تعرض الدروس أي معلومات محلية.
about-context-by = أضافها: { $name }
about-context-counts = جهات الإحالة: { $referrals } · المصطلحات المحلية: { $terms } · الأمثلة المحلية: { $examples }
about-context-file = الملف: { $path }
further-reading = قراءات إضافية
short-path-title = المسار القصير (مسار مقترح)
short-path-intro = عندما يضيق الوقت، ادرس هذه الأجزاء أولًا: نحو { $minutes } دقيقة في المجموع. وهي تتبع وحدات شهادة الدورة الإلكترونية للمعايير الدنيا الخمس: المقدمة، والمبادئ، والمعيار 1، والمعيار 4، ومعيار واحد تختاره.
short-path-choice = ثم { $count ->
    [one] معيار واحد
    [two] معياران
   *[other] { $count } معايير
} من اختيارك، نحو { $minutes } دقيقة لكل منها: اختره من الوحدات أدناه.
short-path-note = لا يغيّر المسار القصير شيئًا في شهادة هذه الدورة: فهي ما زالت تتطلب كل الدروس وكل اختبارات الوحدات والتقييم النهائي.
full-course-title = الدورة كاملة (نحو { $minutes } دقيقة)
local-referrals-title = معلومات محلية: إلى أين تُحال الحالات
local-terms-title = معلومات محلية: الكلمات المستخدمة هنا
local-example-title = معلومات محلية: مثال من هنا (المعيار { $standard })
local-added-by = أضافها { $name }. هذا النص ليس جزءًا من الدورة.
context-add = إضافة حزمة سياق (معلومات محلية)…
task-add-context = جارٍ فحص حزمة السياق { $path } وإضافتها
context-added = أُضيفت حزمة السياق إلى { $course }: جهات الإحالة { $referrals }، المصطلحات المحلية { $terms }، الأمثلة المحلية { $examples }.
context-refused = لم تُضَف حزمة السياق (لم يتغيّر شيء):
previous = ← السابق
next = التالي →
callout-key-point = نقطة أساسية
callout-in-practice = في الممارسة
callout-warning = تنبيه
scenario = سيناريو: { $title }
image = صورة

## الاختبار
quiz-title = اختبار: { $title }
leave-quiz = مغادرة الاختبار
question-of = السؤال { $n } من { $total }
choose-all = اختر كل ما ينطبق.
true = صواب
false = خطأ
yes = نعم
no = لا
choose-match = اختر ما يطابق كل سطر.
choose = اختر…
order-hint = رتّب الخطوات ترتيبًا صحيحًا باستخدام الأسهم.
move-up = نقل إلى أعلى: { $step }
move-down = نقل إلى أسفل: { $step }
check-answer = التحقق من الإجابة
answer-first = أجب عن السؤال أولًا لتتحقق من إجابتك.
correct = إجابة صحيحة
not-quite = ليس تمامًا
right-answer = الإجابة الصحيحة: { $answer }
next-question = السؤال التالي
see-results = عرض نتائجي
your-score = نتيجتك: { $percent }%
passed = لقد نجحت.
not-passed = لم تنجح بعد.
result-summary = { $verdict } درجة النجاح { $mark }%. { $correct ->
    [zero] لم تكن أي إجابة صحيحة من أصل { $total }.
    [one] كانت إجابة واحدة صحيحة من أصل { $total }.
    [two] كانت إجابتان صحيحتين من أصل { $total }.
    [few] كانت { $correct } إجابات صحيحة من أصل { $total }.
    [many] كانت { $correct } إجابة صحيحة من أصل { $total }.
   *[other] كانت { $correct } إجابة صحيحة من أصل { $total }.
}
try-again = إعادة المحاولة
back-to-course = العودة إلى الدورة
review = مراجعة الإجابات
your-answer = إجابتك: { $answer }
question-unavailable = يتعذّر عرض هذا السؤال.

## الشهادة
certificate-title = شهادتك
certificate-save = حفظ بصيغة PDF…
certificate-saved = تم الحفظ في { $path }
certificate-heading = شهادة إتمام
certificate-certifies = تُمنح هذه الشهادة إلى
certificate-completed = لإتمام الدورة التدريبية
certificate-completed-on = تاريخ الإتمام
certificate-final-score = التقييم النهائي
certificate-study-time = مدة الدراسة
certificate-code = رمز التحقق
certificate-verify-hint = للتحقق منها دون اتصال، امسح رمز QR، أو قدّم ملف PDF هذا أو الرمز إلى الأمر { $command }
certificate-footer = CPMS Player · المعايير الدنيا لحماية الطفل في العمل الإنساني، طبعة 2019
certificate-field = { $label }: { $value }
certificate-percent = { $value }٪
certificate-duration = { $hours } س { $minutes } د
certificate-date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
certificate-unprintable = يحتوي الاسم على «{ $char }» ({ $code })، ولا يوجد في CPMS Player خط يستطيع طباعته. صحّح كتابة الاسم (من مساحة المدرّب، أو بالأمر `cpms-player learners rename`)، أو اكتبه بخط يدعمه البرنامج (اللاتيني، اليوناني، السيريلي، العربي، الإثيوبي، الديفاناغاري، البنغالي).
certificate-not-complete = لم يُكمل { $name } الدورة بعد: يجب الاطلاع على كل درس والنجاح في كل اختبار، بما في ذلك التقييم النهائي
certificate-unvouched = أكمل { $name } الدورة فقط بسجلات وصلت دون توقيع من حاسوب آخر (حزمة من إصدار أقدم من CPMS Player، أو حزمة عُدّلت يدويًا). لا تُبنى أي شهادة على هذه السجلات: صدّر التقدم مجددًا من ذلك الحاسوب بإصدار حديث من CPMS Player واستورده هنا، أو اطلب من المتعلم إكمال الدورة على هذا الحاسوب.
certificate-badge-criteria = درس جميع دروس الدورة، واجتاز جميع اختبارات الوحدات والتقييم النهائي، في CPMS Player.

## الأخطاء
error-unknown-course = دورة غير معروفة.
error-save-place = تعذّر حفظ موضعك في الدورة: { $error }
error-save-answer = تعذّر حفظ إجابتك: { $error }
error-save-result = تعذّر حفظ نتيجتك: { $error }
error-start-quiz = تعذّر بدء الاختبار: { $error }
error-no-quiz = لا تتضمن هذه الوحدة اختبارًا.
error-no-lesson = هذا الدرس ليس جزءًا من الدورة.
error-choose-learner = اختر ملف المتعلّم أولًا.

## مساحة المدرّب
trainer-area = مساحة المدرّب
trainer-title = مساحة المدرّب
trainer-locked = أدخل عبارة مرور المدرّب لإدارة المتعلّمين والدورات والتقدّم.
trainer-passphrase = عبارة المرور
trainer-unlock = فتح القفل
trainer-wrong-passphrase = عبارة المرور غير صحيحة.
trainer-first-time = لم تُحدَّد عبارة مرور للمدرّب على هذا الحاسوب بعد. اختر عبارة مرور (8 أحرف على الأقل) واحتفظ بها في مكان آمن.
trainer-setup-cli = لم تُحدَّد عبارة مرور للمدرّب على هذا الحاسوب، وهناك متعلّمون يستخدمونه بالفعل، لذا لا يمكن اختيارها من هنا. يحدّدها المدرّب من سطر الأوامر في مجلد البرنامج: cpms-player trainer set-passphrase (راجع دليل المدرّب).
trainer-wait = أُدخلت عبارات مرور خاطئة مرات كثيرة. حاول مرة أخرى بعد { $seconds } ثانية.
trainer-passphrase-again = أعد إدخال عبارة المرور
trainer-set-passphrase = تعيين عبارة المرور
trainer-passphrases-differ = عبارتا المرور غير متطابقتين.
trainer-leave = مغادرة مساحة المدرّب
tab-learners = المتعلّمون
tab-dashboard = لوحة المتابعة
tab-courses = الدورات
tab-data = التقدّم والنسخ الاحتياطية
add-learner = إضافة متعلّم
import-csv = استيراد متعلّمين من ملف CSV…
csv-hint = متعلّم واحد في كل سطر: الاسم، ثم رمز PIN (اختياري)، ثم اللغة (اختيارية: en أو fr أو es أو ar). يمكن أن يتضمن السطر الأول أسماء الأعمدة.
rename = إعادة التسمية
save = حفظ
cancel = إلغاء
set-pin = تعيين رمز PIN
remove-pin = إزالة رمز PIN
remove = حذف
confirm-remove = هل تريد حذف { $name }؟ سيبقى تقدّمه في تقارير الحواسيب التي دُمجت بياناتها، لكن ملفه الشخصي سيختفي.
confirm-yes = نعم، احذف
learners-added = { $count ->
    [zero] لم تتم إضافة أي متعلّم.
    [one] تمت إضافة متعلّم واحد.
    [two] تمت إضافة متعلّمَين.
    [few] تمت إضافة { $count } متعلّمين.
    [many] تمت إضافة { $count } متعلّمًا.
   *[other] تمت إضافة { $count } متعلّم.
}
archive = أرشفة…
link-to-person = الشخص نفسه في ملف آخر…
confirm-archive = هل تريد أرشفة { $name }؟ سيختفي الملف الشخصي من شاشة البداية ومن هذه القائمة، وكذلك على الحواسيب التي تتلقى حزم التقدّم منك. ويبقى تقدّمه في التقارير.
confirm-archive-yes = نعم، أرشِف
link-choose = الملف الآخر للمتعلّم { $name } هو:
confirm-link = هل تريد احتساب { $name } و{ $other } شخصًا واحدًا؟ سيُبلَّغ عن تقدّمهما ويُصدَّق عليه معًا، وكذلك على الحواسيب التي تتلقى حزم التقدّم منك.
confirm-link-yes = نعم، شخص واحد
learner-archived = تمت أرشفة { $name }.
archived-heading = الملفات المؤرشفة
unarchive = إعادة { $name }
learner-unarchived = عاد { $name } إلى شاشة البداية.
learners-linked = أصبح { $name } و{ $other } يُحتسبان شخصًا واحدًا.
learner-removed = تم حذف { $name }.
learner-updated = تم تحديث بيانات { $name }.
dashboard-empty = لا يوجد متعلّمون بعد.
dashboard-minutes = { $minutes } د
dashboard-legend = ✔ مكتمل · ◐ قيد الإنجاز · ○ لم يبدأ بعد · النتيجة · الدقائق
export-report = تصدير تقرير CSV…
report-saved = تم حفظ التقرير في { $path }
install-folder = تثبيت دورة من مجلد…
install-zip = تثبيت دورة من ملف .zip…
course-installed = تم تثبيت { $id }: عدد الوحدات { $modules }، وعدد الدروس { $lessons }، وعدد أسئلة الاختبارات { $items }.
course-refused = لم تُثبَّت الدورة:
installed-courses = الدورات المثبّتة
export-bundle = تصدير حزمة التقدّم…
import-bundles = استيراد حزم التقدّم…
bundle-saved = تم حفظ حزمة التقدّم في { $path }
bundles-imported = تم استيراد { $facts } من السجلات الجديدة و{ $learners } من المتعلّمين الجدد (كان { $known } من السجلات موجودًا من قبل).
backup-now = نسخ احتياطي الآن…
restore-backup = استعادة نسخة احتياطية…
backup-saved = تم حفظ النسخة الاحتياطية في { $path }
restored = تمت الاستعادة من { $path }.
data-hint = تنقل الحزم التقدّم بين الحواسيب: صدّر حزمة على كل حاسوب، ثم استوردها كلها على حاسوب واحد. استيراد الحزمة نفسها مرتين لا يغيّر شيئًا.

## الاستعادة عند بدء التشغيل
recovery-title = يحتاج ملف التقدّم إلى انتباهك
recovery-explain = تعذّر على CPMS Player قراءة الملف الذي يُحفَظ فيه التقدّم: { $problem }. قد يحدث هذا بعد انقطاع الكهرباء أو إذا بدأ القرص يتعطّل. لن يُحذَف أي شيء.
recovery-no-backup = لا توجد نسخة احتياطية يمكن العودة إليها.
recovery-restore-latest = العودة إلى آخر نسخة احتياطية ({ $date })
recovery-restore = العودة إلى النسخة الاحتياطية بتاريخ { $date }
recovery-fresh = البدء بملف تقدّم فارغ (مع الاحتفاظ بالملف التالف جانبًا)
recovery-where = ملف التقدّم: { $path }
upgrade-title = جارٍ تحديث ملف التقدّم
upgrade-explain = يحفظ هذا الإصدار من CPMS Player التقدّم بتنسيق محدَّث. يُحوَّل ملف التقدّم مرة واحدة فقط، ويُحفَظ تقدّم كل متعلّم. يُرجى إبقاء البرنامج مفتوحًا حتى ينتهي التحويل.
upgrade-running = جارٍ التحويل… ({ $seconds } ث)
upgrade-finishing = حُوِّل تقدّم كل متعلّم؛ جارٍ ترتيب الملف… ({ $seconds } ث)
upgrade-failed-title = تعذّر تحديث ملف التقدّم
upgrade-failed = توقّف التحويل ولم يتغيّر شيء، فالملف كما كان. نفّذ ما تطلبه الرسالة أعلاه، ثم أعد تشغيل CPMS Player.

## مستودع سجلات التعلّم
lrs-heading = إرسال التقدّم إلى مستودع سجلات التعلّم (LRS) عبر xAPI
lrs-endpoint = عنوان LRS
lrs-user = اسم المستخدم
lrs-password = كلمة المرور
lrs-send = إرسال الآن
lrs-progress = جارٍ الإرسال: { $sent } من أصل { $total } من العبارات
lrs-done = تم إرسال { $sent } من العبارات، ولا يزال { $left } منها في الانتظار.

## قواعد الإدخال
rule-name-empty = الاسم فارغ: اكتب اسم المتعلّم.
rule-name-too-long = الاسم أطول من 80 حرفًا: اختصره.
rule-name-control = يحتوي الاسم على أحرف لا يمكن عرضها: اكتبه مرة أخرى.
rule-pin-format = يتكوّن رمز PIN من 4 إلى 6 أرقام.
rule-passphrase-short = يجب أن تتكوّن عبارة مرور المدرّب من 8 أحرف على الأقل.

## التنقّل واكتمال الإجابة ومغادرة الاختبار
start-module = ابدأ هذه الوحدة
continue-module = تابع هذه الوحدة
lesson-visited = مقروء
lesson-not-visited = لم يُقرأ بعد
match-missing = { $count ->
    [one] بقي سطر واحد دون مطابقة.
    [two] بقي سطران دون مطابقة.
   *[other] بقيت { $count } أسطر دون مطابقة.
}
keep-order = أبقِ هذا الترتيب
mark-right = صحيح
mark-wrong = خطأ
leave-quiz-title = هل تريد مغادرة الاختبار؟
leave-quiz-explain = ستُحفظ إجاباتك التي تحقّقت منها ({ $answered } من أصل { $total ->
    [few] { $total } أسئلة
    [many] { $total } سؤالًا
   *[other] { $total } سؤال
}). يمكنك استئناف الاختبار من صفحة نظرة عامة على الدورة.
leave-quiz-stay = البقاء في الاختبار
leave-quiz-confirm = المغادرة مع الاحتفاظ بإجاباتي
quiz-in-progress = الاختبار جارٍ: أجبت عن { $answered } من أصل { $total ->
    [few] { $total } أسئلة
    [many] { $total } سؤالًا
   *[other] { $total } سؤال
}
resume-quiz = استئناف الاختبار
pin-again = أعد كتابة رمز PIN:
show-pin = إظهار رمز PIN
error-pin-mismatch = رمزا PIN غير متطابقين. اكتب الرمز مرة أخرى في الحقلين.
pin-wait = محاولات خاطئة كثيرة لرمز PIN. حاول مرة أخرى بعد { $seconds } ثانية.
clear-pin-tries = مسح المحاولات الخاطئة لرمز PIN
find-profile = ابحث عن ملف شخصي:
profiles-more = { $count ->
    [one] ملف شخصي آخر غير معروض
    [two] ملفان شخصيان آخران غير معروضين
    [few] { $count } ملفات شخصية أخرى غير معروضة
    [many] { $count } ملفًا شخصيًا آخر غير معروض
   *[other] { $count } ملف شخصي آخر غير معروض
}: اكتب جزءًا من الاسم أعلاه للعثور على الملف.
menu = القائمة
# Keys and trust (cpms-player org / trust)
import-unsigned-facts = تنبيه: وصلت { $count } سجلات دون توقيع (حزمة من إصدار أقدم من CPMS Player). قُبلت لأن هذا الحاسوب لا يثق بأي منظمة بعد؛ وعندما يثق بإحداها (cpms-player trust import FILE) ستُرفض السجلات غير الموقّعة.
trust-org-created = أُنشئت المنظمة «{ $name }» (معرّف المفتاح { $id }). سجّل كل حاسوب بالأمر: cpms-player org enrol KEY --name NAME (يعرض الحاسوب مفتاحه بالأمر: cpms-player trust show)
trust-no-org = لا يحمل هذا الحاسوب مفتاح منظمة. أنشئ واحدًا بالأمر: cpms-player org create NAME
trust-laptop-name-empty = أعطِ الحاسوب اسمًا بالخيار --name، مثلًا --name "Kit 3"
trust-enrolled = سُجّل الحاسوب «{ $name }» (معرّف المفتاح { $id }) في «{ $org }». صدّر قائمة الثقة بالأمر: cpms-player trust export --out FILE واستوردها على كل حاسوب.
trust-no-such-laptop = لا يوجد حاسوب باسم أو مفتاح «{ $laptop }» مسجّل في «{ $org }». اعرض الحواسيب المسجّلة بالأمر: cpms-player trust show
trust-revoked = أُلغي الحاسوب «{ $name }» في «{ $org }»: تُرفض سجلاته من الآن فصاعدًا. صدّر قائمة الثقة من جديد واستوردها على كل حاسوب.
trust-this-laptop = هذا الحاسوب: المفتاح { $key } (المعرّف { $id })
trust-empty = لا توجد منظمة موثوقة بعد. استورد ملف ثقة بالأمر: cpms-player trust import FILE
trust-organisation = المنظمة «{ $name }» (معرّف المفتاح { $id }): { $devices } حواسيب مسجّلة، { $revoked } ملغاة
trust-device-line = «{ $name }» معرّف المفتاح { $id }، سُجّل في { $date }{ $revoked ->
    [none] {""}
   *[other] ، أُلغي في { $revoked }
}
trust-exported = كُتبت قائمة الثقة في { $path } ({ $count } منظمات)
trust-file-invalid = الملف { $path } ليس ملف ثقة صالحًا: { $problem }. لم يُستورد شيء؛ اطلب من المدرّب تصديرًا جديدًا.
trust-imported = استُورد { $added } إدخالًا جديدًا من { $path }

# Certificate verification (cpms-player verify)
verify-valid = صالحة: صدرت في { $date } من الحاسوب «{ $laptop }» ({ $id }) التابع لـ { $org }.
verify-issued-here = صالحة: صدرت في { $date } من هذا الحاسوب ({ $id })، ولم تسجّله أي منظمة في قائمة الثقة.
verify-untrusted = التوقيع صحيح، لكن الجهة المُصدِرة (الحاسوب { $id }) ليست في قائمة الثقة لديك. استورد ملف الثقة للمنظمة التي تتوقعها (cpms-player trust import FILE) ثم تحقّق مرة أخرى.
verify-revoked = غير صالحة: أُلغي الحاسوب «{ $laptop }» ({ $id }) التابع لـ { $org } في { $revoked }، وهذه الشهادة مؤرخة في { $date }.
verify-bad-signature = غير صالحة: التوقيع لا يطابق المحتوى. عُدّلت الشهادة، أو أُدخل نصها خطأً أو ناقصًا: امسح رمز QR مرة أخرى أو قدّم ملف PDF.
verify-malformed = غير صالحة: هذا ليس رمز شهادة. قدّم ملف PDF، أو نص رمز QR الخاص بها (يبدأ بـ CPMS2)، أو رمزًا مثل XXXX-XXXX-XXXX-XXXX.
verify-no-payload = غير صالحة: الملف { $path } لا يحمل شهادة موقّعة. الشهادة الأقدم من التوقيع يُتحقق منها برمزها على الحاسوب الذي أصدرها.
verify-legacy-mismatch = غير صالحة: سجل هذه الشهادة القديمة لا يطابق رمزها (عُدّل).
verify-legacy = شهادة قديمة صالحة، يمكن التحقق منها فقط على الحاسوب الذي أصدرها (هذا الحاسوب).
verify-legacy-elsewhere = شهادة قديمة يمكن التحقق منها فقط على الحاسوب الذي أصدرها: ليس هذا الحاسوب، لذا لا يمكن التحقق منها هنا.
verify-code-unknown = لا توجد هنا شهادة معروفة بالرمز { $code }. قدّم بدلًا من ذلك ملف PDF أو نص رمز QR: cpms-player verify certificate.pdf
verify-details =
    المتعلّم: { $name }
    الدورة: { $course } (الإصدار { $version }، اللغة { $lang })
    تاريخ الإتمام: { $date }
    النتيجة النهائية: { $score }٪
    الرمز: { $code }

# Long trainer tasks in the background, and file paths (ui/tasks.rs)
task-running = { $what } — { $seconds } ث
task-busy = انتظر حتى تنتهي هذه العملية: { $what }
task-export-report = جارٍ حفظ التقرير في { $path }
task-export-bundle = جارٍ حفظ حزمة التقدم في { $path }
task-import-bundles = جارٍ دمج { $count ->
    [one] ملف تقدم واحد
    [two] ملفَّي تقدم
    [few] { $count } ملفات تقدم
   *[other] { $count } ملف تقدم
}
task-install-course = جارٍ تثبيت الدورة من { $path }
task-backup = جارٍ النسخ الاحتياطي إلى { $path }
task-restore = جارٍ استعادة النسخة الاحتياطية { $path }
no-file-dialog = لا يمكن فتح نافذة لاختيار الملفات على هذا الحاسوب. اكتب المسار الكامل للملف أو المجلد في حقل «المسار»، ثم اضغط الزر مرة أخرى.
path-field = المسار:
path-field-hint = اتركه فارغًا للاختيار من نافذة. لعدة ملفات: افصل بينها بالرمز ;
## التقييم النهائي: المحاولات والتغذية الراجعة حسب المعيار
save-answer = حفظ الإجابة ومتابعة
final-no-keys = لا يعرض التقييم النهائي الإجابات الصحيحة، بل تبيّن لك نتائجك المعايير التي عليك مراجعتها.
attempt-number = كانت هذه محاولتك رقم { $n } في التقييم النهائي.
passed-on-attempt = نجحت في المحاولة رقم { $n }.
feedback-heading = نتائجك حسب المعيار
feedback-missed = { $tag }: { $correct } صحيحة من أصل { $asked }. راجع الدروس التالية:
feedback-mastered = أجبت إجابة صحيحة عن: { $tags }
tag-standard = المعيار { $n }
tag-principle = المبدأ { $n }
tag-basics = أساسيات المعايير الدنيا
final-review-first = قبل محاولتك التالية، راجع { $count ->
    [one] هذا الدرس
    [two] هذين الدرسين
   *[other] هذه الدروس ({ $count })
}: { $lessons }
review-lessons-first = راجع الدروس أولًا (المتبقي: { $count })
final-limit-reached = بدأت { $max } محاولات في التقييم النهائي خلال 24 ساعة، وهو الحد الأقصى المسموح به. يمكنك بدء محاولتك التالية ابتداءً من { $time }.
certificate-attempt = نجح في المحاولة رقم { $n }
final-attempts-setting = التقييم النهائي: عدد المحاولات لكل متعلم خلال 24 ساعة (0 = بلا حد)
final-attempts-save = حفظ الحد
final-attempts-saved = تم الحفظ: { $n } محاولات في التقييم النهائي لكل متعلم خلال 24 ساعة.
final-attempts-invalid = «{ $value }» ليس عددًا صالحًا للمحاولات: اكتب عددًا صحيحًا من 0 (بلا حد) إلى 99.
## Trainer area: item statistics (issue 18)

tab-stats = إحصاءات الأسئلة
stats-refresh = أعد الحساب
stats-computing = جارٍ حساب الإحصاءات من إجابات جميع المتعلّمين…
stats-summary = محاولات التقييم النهائي: { $attempts } · المتعلّمون: { $learners } · أسئلة تحتاج إلى مراجعة: { $flagged } · مدة الحساب { $ms } ملّي ثانية
stats-none = لم يُنهِ أحد التقييم النهائي بعد: يظهر الإتقان والنجاح عندما يؤدّيه المتعلّمون.
stats-standard = المعيار { $n }
stats-pillar = الركيزة { $n }
stats-mastery-title = الإتقان حسب المعيار (% من المتعلّمين)
stats-mastery-axis-x = المعيار
stats-mastery-hint = يُتقن المتعلّم معيارًا عندما ينال ثلثي درجات أسئلته على الأقل في آخر محاولة له في التقييم النهائي. لون كل عمود هو لون ركيزته.
stats-pillars-title = الإتقان حسب الركيزة (% من المتعلّمين)
stats-pillar-axis = الركيزة
stats-scatter-title = الأسئلة: التمييز (رأسيًا، أعلى 27 % – أدنى 27 %) مقابل السهولة (أفقيًا)
stats-facility = السهولة (نسبة الإجابات الصحيحة)
stats-scatter-count = { $count } سؤالًا، منها { $flagged } عليها علامة
stats-scatter-hint = كل نقطة سؤال، محسوبة على جميع المحاولات المنتهية. سهولة فوق 0.95: لا يخطئ فيه أحد؛ تحت 0.2: يخطئ فيه معظم المتعلّمين. إذا كان التمييز تحت الصفر، يخطئ المتعلّمون الأقوى في السؤال أكثر من الأضعف. الأسئلة التي عليها علامة باللون الأحمر ومدرجة أدناه.
stats-completions-title = المتعلّمون الذين نجحوا في التقييم النهائي (المجموع)، عبر الزمن
stats-completions-axis-x = التاريخ
stats-completions-count = { $count } متعلّمًا
stats-review-title = أسئلة تحتاج إلى مراجعة
stats-no-flags = لا يوجد سؤال عليه علامة.
stats-col-item = السؤال
stats-col-module = الوحدة
stats-col-facility = السهولة
stats-col-discrimination = التمييز
stats-col-drawn = مرات الظهور
stats-col-flags = السبب
stats-flag-nobody-misses = لا يخطئ فيه أحد
stats-flag-most-miss = يخطئ فيه معظم المتعلّمين
stats-flag-negative = تمييز سالب
stats-more = … و{ $count } أسئلة أخرى: يسردها الأمر `cpms-player report items` كلها.
