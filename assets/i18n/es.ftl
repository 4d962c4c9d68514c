# Interfaz de CPMS Player, español. La referencia es en.ftl; las traducciones están junto a ese archivo:
# fr.ftl, es.ftl, ar.ftl — los mismos identificadores de mensaje, con los valores traducidos.

app-name = CPMS Player
learner-label = Participante: { $name }
switch-learner = Cambiar de participante
larger-text = Texto más grande
smaller-text = Texto más pequeño
theme-light = Tema claro
theme-dark = Tema oscuro
language-label = Idioma
back = ← { $to }

## Perfiles
profiles-title = ¿Quién va a estudiar?
profiles-intro = Elija su perfil para continuar donde lo dejó, o cree uno nuevo.
profiles-none = Todavía no hay perfiles en este equipo.
profile-with-pin = { $name }  (PIN)
pin-label = PIN:
open-profile = Abrir
new-profile = Nuevo perfil
name-label = Nombre
name-hint = Su nombre, en cualquier alfabeto
pin-optional = PIN (opcional)
pin-hint = De 4 a 6 dígitos
create-profile = Crear perfil
error-wrong-pin = El PIN no es correcto. Inténtelo de nuevo.
error-profile-gone = Este perfil ya no existe.

## Biblioteca
library-title = Sus cursos
library-empty = No hay ningún curso instalado. Pida a su formador o formadora que copie una carpeta de curso en la carpeta de cursos.
study-hours = { $hours ->
    [one] Aproximadamente una hora de estudio, cuestionarios incluidos
   *[other] Aproximadamente { $hours } horas de estudio, cuestionarios incluidos
}
course-progress = Progreso del curso
course-complete = Curso completado
continue-lesson = Continuar: { $lesson }
start-course = Empezar el curso
course-overview = Vista general del curso
library-problems = No se pudieron cargar algunas carpetas de cursos:
library = Biblioteca

## Vista general
course-done = Ha completado el curso.
status-not-started = Sin empezar
status-in-progress = En curso
status-complete = Completado
lessons-heading = Lecciones
module-lessons = { $count ->
    [one] Una lección · unos { $minutes } min
   *[other] { $count } lecciones · unos { $minutes } min
}
quiz-passed = Cuestionario aprobado — mejor puntuación: { $best } %
quiz-not-passed = Cuestionario aún no aprobado — mejor puntuación: { $best } % (nota para aprobar: { $mark } %)
quiz-not-taken = Cuestionario sin hacer (nota para aprobar: { $mark } %)
take-quiz = Hacer el cuestionario
take-final = Hacer la evaluación final
get-certificate = Obtener su certificado

## Lección
lesson-minutes = Unos { $minutes } min
glossary = Glosario
glossary-hint = Palabras subrayadas en el texto: haga clic en una para abrir su definición en el glosario.
search-open = 🔍 Buscar
search-title = Buscar en el curso
search-label = Buscar
search-hint = Lecciones, títulos y glosario. No importan las mayúsculas, las tildes ni las vocales breves.
search-count = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-many = Los primeros { $count } resultados: añada una palabra para afinar la búsqueda.
search-none = No se encontró nada para «{ $query }». Pruebe con otra palabra o con una forma más corta.
search-preparing = Preparando la búsqueda…
glossary-filter = Buscar un término
glossary-none = Ningún término coincide.
about-course = Acerca de este curso
about-none = Este curso no tiene texto de presentación.
about-edition = Edición: { $edition }
about-languages = Idiomas: { $languages }
about-version = Versión del curso: { $version }
about-context-title = Información local añadida por un formador (paquete de contexto)
about-context-none = No hay ningún paquete de contexto instalado: las lecciones no muestran información local.
about-context-by = Añadido por: { $name }
about-context-counts = Contactos de derivación: { $referrals } · Términos locales: { $terms } · Ejemplos locales: { $examples }
about-context-file = Archivo: { $path }
further-reading = Lecturas complementarias
short-path-title = Ruta corta (un itinerario sugerido)
short-path-intro = Cuando el tiempo apremia, estudie primero estas partes: unos { $minutes } min en total. Siguen los cinco módulos del certificado del eCourse de las NMPNA: la introducción, los principios, la norma 1, la norma 4 y una norma de su elección.
short-path-choice = Después, { $count ->
    [one] una norma
   *[other] { $count } normas
} de su elección, unos { $minutes } min cada una: elíjala en los módulos de abajo.
short-path-note = La ruta corta no cambia nada en el certificado de este curso: sigue exigiendo todas las lecciones, todos los cuestionarios de los módulos y la evaluación final.
full-course-title = El curso completo (unos { $minutes } min)
local-referrals-title = Información local: a quién derivar
local-terms-title = Información local: las palabras que se usan aquí
local-example-title = Información local: un ejemplo de aquí (norma { $standard })
local-added-by = Añadido por { $name }. No forma parte del texto del curso.
context-add = Añadir un paquete de contexto (información local)…
task-add-context = Comprobando y añadiendo el paquete de contexto { $path }
context-added = Paquete de contexto añadido a { $course }. Contactos de derivación: { $referrals } · términos locales: { $terms } · ejemplos locales: { $examples }.
context-refused = El paquete de contexto no se añadió (no se cambió nada):
previous = ← Anterior
next = Siguiente →
callout-key-point = Idea clave
callout-in-practice = En la práctica
callout-warning = Atención
scenario = Caso práctico: { $title }
image = Imagen

## Cuestionario
quiz-title = Cuestionario: { $title }
leave-quiz = Salir del cuestionario
question-of = Pregunta { $n } de { $total }
choose-all = Seleccione todas las opciones correctas.
true = Verdadero
false = Falso
yes = Sí
no = No
choose-match = Elija la opción que corresponde a cada línea.
choose = Elegir…
order-hint = Ordene los pasos correctamente con las flechas.
move-up = Subir: { $step }
move-down = Bajar: { $step }
check-answer = Comprobar respuesta
answer-first = Responda a la pregunta para comprobarla.
correct = Correcto
not-quite = No exactamente
right-answer = La respuesta correcta: { $answer }
next-question = Siguiente pregunta
see-results = Ver mis resultados
your-score = Su puntuación: { $percent } %
passed = Ha aprobado.
not-passed = Aún no ha aprobado.
result-summary = { $verdict } La nota para aprobar es { $mark } %. { $correct ->
    [one] Acertó una de { $total } respuestas.
   *[other] Acertó { $correct } de { $total } respuestas.
}
try-again = Volver a intentarlo
back-to-course = Volver al curso
review = Revisión
your-answer = Su respuesta: { $answer }
question-unavailable = No se puede mostrar esta pregunta.

## Certificado
certificate-title = Su certificado
certificate-save = Guardar como PDF…
certificate-saved = Guardado en { $path }
certificate-heading = Certificado de finalización
certificate-certifies = Se certifica que
certificate-completed = ha completado el curso
certificate-completed-on = Fecha de finalización
certificate-final-score = Evaluación final
certificate-study-time = Tiempo de estudio
certificate-code = Código de verificación
certificate-verify-hint = Para verificarlo sin conexión, escanee el código QR, o dé este archivo PDF o el código a { $command }
certificate-footer = CPMS Player · Normas mínimas para la protección de la niñez y adolescencia en la acción humanitaria, edición 2019
certificate-field = { $label }: { $value }
certificate-percent = { $value } %
certificate-duration = { $hours } h { $minutes } min
certificate-date = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
certificate-unprintable = El nombre contiene «{ $char }» ({ $code }), que ninguna fuente de CPMS Player puede imprimir. Corrija la ortografía del nombre (área del formador, o `cpms-player learners rename`), o escríbalo en una escritura compatible (latina, griega, cirílica, árabe, etíope, devanagari, bengalí).
certificate-not-complete = { $name } aún no ha terminado el curso: hay que ver cada lección y aprobar cada cuestionario, incluida la evaluación final
certificate-unvouched = { $name } terminó el curso solo con registros recibidos sin firma de otro portátil (un paquete de una versión anterior de CPMS Player, o editado a mano). Ningún certificado se basa en ellos: exporte de nuevo el progreso desde ese portátil con una versión actualizada de CPMS Player e impórtelo aquí, o pida que termine el curso en este portátil.
certificate-badge-criteria = Estudió todas las lecciones del curso, aprobó todos los cuestionarios de módulo y aprobó la evaluación final, en CPMS Player.

## Errores
error-unknown-course = Curso desconocido.
error-save-place = No se pudo guardar el punto donde se quedó: { $error }
error-save-answer = No se pudo guardar su respuesta: { $error }
error-save-result = No se pudo guardar su resultado: { $error }
error-start-quiz = No se pudo iniciar el cuestionario: { $error }
error-no-quiz = Este módulo no tiene cuestionario.
error-no-lesson = Esta lección no forma parte del curso.
error-choose-learner = Primero elija un perfil de participante.

## Área de formadores
trainer-area = Área de formadores
trainer-title = Área de formadores
trainer-locked = Introduzca la frase de contraseña del área de formadores para gestionar participantes, cursos y progreso.
trainer-passphrase = Frase de contraseña
trainer-unlock = Desbloquear
trainer-wrong-passphrase = La frase de contraseña no es correcta.
trainer-first-time = Todavía no se ha definido ninguna frase de contraseña para el área de formadores en este equipo. Elija una (de al menos 8 caracteres) y guárdela en un lugar seguro.
trainer-setup-cli = No hay ninguna frase de contraseña de formador en este equipo y ya lo usan participantes, así que no se puede elegir aquí. El formador la define desde una terminal, en la carpeta del programa: cpms-player trainer set-passphrase (consulte la guía del formador).
trainer-wait = Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de { $seconds } s.
trainer-passphrase-again = Repita la frase de contraseña
trainer-set-passphrase = Definir la frase de contraseña
trainer-passphrases-differ = Las dos frases de contraseña no coinciden.
trainer-leave = Salir del área de formadores
tab-learners = Participantes
tab-dashboard = Panel
tab-courses = Cursos
tab-data = Progreso y copias de seguridad
add-learner = Añadir participante
import-csv = Importar participantes desde CSV…
csv-hint = Un participante por línea: nombre, PIN opcional, idioma opcional (en, fr, es, ar). Una línea de encabezado puede indicar los nombres de las columnas.
rename = Cambiar nombre
save = Guardar
cancel = Cancelar
set-pin = Definir PIN
remove-pin = Quitar PIN
remove = Eliminar
confirm-remove = ¿Eliminar a { $name }? Su progreso se conserva en los informes de los equipos cuyos datos se fusionaron, pero el perfil desaparece.
confirm-yes = Sí, eliminar
learners-added = { $count ->
    [one] Se añadió un participante.
   *[other] Se añadieron { $count } participantes.
}
archive = Archivar…
link-to-person = Misma persona que…
confirm-archive = ¿Archivar a { $name }? El perfil desaparece de la pantalla de inicio y de esta lista, también en los equipos que reciban sus paquetes de progreso. Su progreso se mantiene en los informes.
confirm-archive-yes = Sí, archivar
link-choose = El otro perfil de { $name } es:
confirm-link = ¿Contar a { $name } y a { $other } como una sola persona? Su progreso se informará y se certificará en conjunto, también en los equipos que reciban sus paquetes de progreso.
confirm-link-yes = Sí, una sola persona
learner-archived = Se archivó el perfil de { $name }.
archived-heading = Perfiles archivados
unarchive = Reactivar a { $name }
learner-unarchived = { $name } vuelve a aparecer en la pantalla de inicio.
learners-linked = { $name } y { $other } cuentan ahora como una sola persona.
learner-removed = Se eliminó el perfil de { $name }.
learner-updated = Se actualizó el perfil de { $name }.
dashboard-empty = Todavía no hay participantes.
dashboard-minutes = { $minutes } min
dashboard-legend = ✔ completado · ◐ en curso · ○ sin empezar · puntuación · minutos
export-report = Exportar informe CSV…
report-saved = Informe guardado en { $path }
install-folder = Instalar un curso desde una carpeta…
install-zip = Instalar un curso desde un .zip…
course-installed = Curso { $id } instalado: { $modules } módulos, { $lessons } lecciones, { $items } preguntas de cuestionario.
course-refused = No se instaló el curso:
installed-courses = Cursos instalados
export-bundle = Exportar paquete de progreso…
import-bundles = Importar paquetes de progreso…
bundle-saved = Paquete de progreso guardado en { $path }
bundles-imported = Se importaron { $facts } registros nuevos y { $learners } participantes nuevos ({ $known } registros ya estaban aquí).
backup-now = Hacer copia de seguridad…
restore-backup = Restaurar una copia de seguridad…
backup-saved = Copia de seguridad guardada en { $path }
restored = Restaurado desde { $path }.
data-hint = Los paquetes llevan el progreso de un equipo a otro: exporte uno en cada equipo e impórtelos todos en uno solo. Importar dos veces el mismo paquete no cambia nada.

## Recuperación al iniciar
recovery-title = Su archivo de progreso necesita atención
recovery-explain = CPMS Player no pudo leer el archivo donde se guarda el progreso: { $problem }. Esto puede ocurrir después de un corte de luz o si el disco está empezando a fallar. No se borrará nada.
recovery-no-backup = No hay ninguna copia de seguridad a la que volver.
recovery-restore-latest = Volver a la última copia de seguridad ({ $date })
recovery-restore = Volver a la copia de seguridad del { $date }
recovery-fresh = Empezar con un archivo de progreso vacío (el archivo dañado se guarda aparte)
recovery-where = Archivo de progreso: { $path }
upgrade-title = Actualizando su archivo de progreso
upgrade-explain = Esta versión de CPMS Player guarda el progreso en un formato actualizado. Su archivo de progreso se convierte una sola vez y se conserva el progreso de cada participante. Deje el programa abierto hasta que termine.
upgrade-running = Convirtiendo… ({ $seconds } s)
upgrade-finishing = Se convirtió el progreso de cada participante; ordenando el archivo… ({ $seconds } s)
upgrade-failed-title = No se pudo actualizar su archivo de progreso
upgrade-failed = La conversión se detuvo y no se cambió nada: el archivo está como antes. Haga lo que indica el mensaje de arriba y vuelva a abrir CPMS Player.

## Almacén de registros de aprendizaje
lrs-heading = Enviar el progreso a un LRS (almacén de registros de aprendizaje, xAPI)
lrs-endpoint = Dirección del LRS
lrs-user = Usuario
lrs-password = Contraseña
lrs-send = Enviar ahora
lrs-progress = Enviando: { $sent } de { $total } declaraciones
lrs-done = Declaraciones enviadas: { $sent }. Pendientes: { $left }.

## Reglas para los datos introducidos
rule-name-empty = El nombre está vacío: escriba el nombre del participante.
rule-name-too-long = El nombre tiene más de 80 caracteres: acórtelo.
rule-name-control = El nombre contiene caracteres que no se pueden mostrar: vuelva a escribirlo.
rule-pin-format = Un PIN tiene de 4 a 6 dígitos.
rule-passphrase-short = La frase de contraseña del área de formadores debe tener al menos 8 caracteres.

## Orientación, respuestas completas y salida del cuestionario (incidencia 15)
start-module = Empezar este módulo
continue-module = Continuar este módulo
lesson-visited = Leída
lesson-not-visited = Aún no leída
match-missing = { $count ->
    [one] Queda una línea sin pareja.
   *[other] Quedan { $count } líneas sin pareja.
}
keep-order = Mantener este orden
mark-right = Correcto
mark-wrong = Incorrecto
leave-quiz-title = ¿Salir del cuestionario?
leave-quiz-explain = Se guardan sus { $answered } respuestas comprobadas (de { $total } preguntas). Puede retomar el cuestionario desde la vista general del curso.
leave-quiz-stay = Seguir en el cuestionario
leave-quiz-confirm = Salir y guardar mis respuestas
quiz-in-progress = Cuestionario en curso: { $answered } de { $total } preguntas respondidas
resume-quiz = Retomar el cuestionario
pin-again = Repita el PIN:
show-pin = Mostrar el PIN
error-pin-mismatch = Los dos PIN no coinciden. Escriba el PIN otra vez en ambos campos.
pin-wait = Demasiados PIN incorrectos. Vuelva a intentarlo en { $seconds } s.
clear-pin-tries = Borrar los intentos de PIN fallidos
find-profile = Buscar un perfil:
profiles-more = { $count ->
    [one] Hay un perfil más que no se muestra
   *[other] Hay { $count } perfiles más que no se muestran
}: escriba parte de un nombre arriba para encontrar uno.
menu = Menú
# Keys and trust (cpms-player org / trust)
import-unsigned-facts = Atención: { $count } hechos llegaron sin firma (un paquete de una versión anterior de CPMS Player). Se aceptaron porque este portátil aún no confía en ninguna organización; cuando lo haga (cpms-player trust import ARCHIVO), los hechos sin firma se rechazarán.
trust-org-created = Organización «{ $name }» creada (identificador de clave { $id }). Inscriba cada portátil con: cpms-player org enrol CLAVE --name NOMBRE (el portátil muestra su CLAVE con: cpms-player trust show)
trust-no-org = Este portátil no tiene ninguna clave de organización. Cree una con: cpms-player org create NOMBRE
trust-laptop-name-empty = Dé un nombre al portátil con --name, por ejemplo --name "Kit 3"
trust-enrolled = El portátil «{ $name }» (identificador de clave { $id }) está inscrito en «{ $org }». Exporte la lista de confianza con: cpms-player trust export --out ARCHIVO, e impórtela en cada portátil.
trust-no-such-laptop = Ningún portátil llamado «{ $laptop }» (o con esa clave) está inscrito en «{ $org }». Vea los portátiles inscritos con: cpms-player trust show
trust-revoked = El portátil «{ $name }» está revocado en «{ $org }»: sus registros a partir de ahora se rechazan. Exporte de nuevo la lista de confianza e impórtela en cada portátil.
trust-this-laptop = Este portátil: clave { $key } (identificador { $id })
trust-empty = Todavía no se confía en ninguna organización. Importe un archivo de confianza con: cpms-player trust import ARCHIVO
trust-organisation = Organización «{ $name }» (identificador de clave { $id }): { $devices } portátiles inscritos, { $revoked } revocados
trust-device-line = «{ $name }» identificador de clave { $id }, inscrito el { $date }{ $revoked ->
    [none] {""}
   *[other] , revocado el { $revoked }
}
trust-exported = Lista de confianza escrita en { $path } ({ $count } organizaciones)
trust-file-invalid = { $path } no es un archivo de confianza utilizable: { $problem }. No se importó nada; pida al formador una nueva exportación.
trust-imported = { $added } entradas nuevas importadas de { $path }

# Certificate verification (cpms-player verify)
verify-valid = Válido: emitido el { $date } por el portátil «{ $laptop }» ({ $id }) de { $org }.
verify-issued-here = Válido: emitido el { $date } por este portátil ({ $id }), que ninguna organización de la lista de confianza ha inscrito.
verify-untrusted = La firma es válida, pero el emisor (portátil { $id }) no está en su lista de confianza. Importe el archivo de confianza de la organización esperada (cpms-player trust import ARCHIVO) y verifique de nuevo.
verify-revoked = NO VÁLIDO: el portátil «{ $laptop }» ({ $id }) de { $org } fue revocado el { $revoked }, y este certificado es del { $date }.
verify-bad-signature = NO VÁLIDO: la firma no corresponde al contenido. El certificado fue modificado, o su texto se escribió mal o quedó cortado: escanee de nuevo el código QR o dé el archivo PDF.
verify-malformed = NO VÁLIDO: esto no es un código de certificado. Dé el archivo PDF, el texto de su código QR (empieza por CPMS2) o un código como XXXX-XXXX-XXXX-XXXX.
verify-no-payload = NO VÁLIDO: { $path } no lleva ningún certificado firmado. Un certificado anterior a la firma se verifica por su código en el portátil que lo emitió.
verify-legacy-mismatch = NO VÁLIDO: el registro de este certificado antiguo no corresponde a su código (fue modificado).
verify-legacy = Certificado antiguo válido, verificable solo en el portátil que lo emitió (este).
verify-legacy-elsewhere = Certificado antiguo, verificable solo en el portátil que lo emitió: no es este, así que no puede verificarse aquí.
verify-code-unknown = Aquí no se conoce ningún certificado con el código { $code }. Dé en su lugar el archivo PDF o el texto de su código QR: cpms-player verify certificado.pdf
verify-details =
    Participante:      { $name }
    Curso:             { $course } (versión { $version }, idioma { $lang })
    Terminado el:      { $date }
    Puntuación final:  { $score } %
    Código:            { $code }

# Long trainer tasks in the background, and file paths (ui/tasks.rs)
task-running = { $what } — { $seconds } s
task-busy = Espere a que termine: { $what }
task-export-report = Escribiendo el informe en { $path }
task-export-bundle = Escribiendo el paquete de progreso en { $path }
task-import-bundles = Combinando { $count ->
    [one] un archivo de progreso
   *[other] { $count } archivos de progreso
}
task-install-course = Instalando el curso desde { $path }
task-backup = Haciendo la copia de seguridad en { $path }
task-restore = Restaurando la copia de seguridad { $path }
no-file-dialog = En este equipo no se puede abrir ninguna ventana para elegir archivos. Escriba la ruta completa del archivo o de la carpeta en el campo «Ruta» y vuelva a pulsar el botón.
path-field = Ruta:
path-field-hint = Déjelo vacío para elegir en una ventana. Varios archivos: sepárelos con ;
## Evaluación final: intentos y resultados por norma
save-answer = Guardar y seguir
final-no-keys = La evaluación final no muestra las respuestas. Sus resultados le indican qué normas debe repasar.
attempt-number = Este fue su intento n.º { $n } de la evaluación final.
passed-on-attempt = Aprobó en el intento n.º { $n }.
feedback-heading = Sus resultados por norma
feedback-missed = { $tag }: { $correct } de { $asked } correctas. Repase las lecciones:
feedback-mastered = Respuestas correctas: { $tags }
tag-standard = Norma { $n }
tag-principle = Principio { $n }
tag-basics = Los fundamentos de las NMPNA
final-review-first = Antes de su próximo intento, repase { $count ->
    [one] esta lección
   *[other] estas { $count } lecciones
}: { $lessons }
review-lessons-first = Repasar primero las lecciones (quedan { $count })
final-limit-reached = Ha empezado { $max } intentos de la evaluación final en 24 horas, el máximo permitido. Podrá hacer el próximo intento a partir del { $time }.
certificate-attempt = aprobada en el intento n.º { $n }
final-attempts-setting = Evaluación final: intentos por participante en 24 horas (0 = sin límite)
final-attempts-save = Guardar el límite
final-attempts-saved = Guardado: { $n } intentos de la evaluación final por participante en 24 horas.
final-attempts-invalid = «{ $value }» no es un número de intentos: escriba un número entero de 0 (sin límite) a 99.
## Trainer area: item statistics (issue 18)

tab-stats = Estadísticas de las preguntas
stats-refresh = Calcular de nuevo
stats-computing = Calculando las estadísticas a partir de las respuestas de todos los participantes…
stats-summary = Intentos de la evaluación final: { $attempts } · participantes: { $learners } · preguntas para revisar: { $flagged } · calculado en { $ms } ms
stats-none = Nadie ha terminado todavía la evaluación final: el dominio y las aprobaciones aparecerán cuando los participantes la hayan realizado.
stats-standard = Norma { $n }
stats-pillar = Pilar { $n }
stats-mastery-title = Dominio por norma (% de participantes)
stats-mastery-axis-x = Norma
stats-mastery-hint = Un participante domina una norma cuando obtiene al menos 2/3 de los puntos de sus preguntas en su último intento de la evaluación final. Las barras tienen el color de su pilar.
stats-pillars-title = Dominio por pilar (% de participantes)
stats-pillar-axis = Pilar
stats-scatter-title = Preguntas: discriminación (en vertical, 27 % superior – 27 % inferior) según la facilidad (en horizontal)
stats-facility = Facilidad (proporción de aciertos)
stats-scatter-count = { $count } preguntas, { $flagged } señaladas
stats-scatter-hint = Cada punto es una pregunta, sobre todos los intentos terminados. Facilidad por encima de 0,95: nadie falla; por debajo de 0,2: la mayoría falla. Con discriminación bajo cero, los participantes más fuertes fallan la pregunta más a menudo que los más débiles. Las preguntas señaladas están en rojo y se enumeran abajo.
stats-completions-title = Participantes que aprobaron la evaluación final (total), a lo largo del tiempo
stats-completions-axis-x = Fecha
stats-completions-count = { $count } participantes
stats-review-title = Preguntas para revisar
stats-no-flags = Ninguna pregunta está señalada.
stats-col-item = Pregunta
stats-col-module = Módulo
stats-col-facility = Facilidad
stats-col-discrimination = Discriminación
stats-col-drawn = Sorteada
stats-col-flags = Motivo
stats-flag-nobody-misses = nadie falla
stats-flag-most-miss = la mayoría falla
stats-flag-negative = discriminación negativa
stats-more = … y { $count } más: `cpms-player report items` las enumera todas.
