# Problemas que una persona puede resolver: los muestran la línea de comandos y la ventana (src/problem.rs).
# Cada uno dice qué pasó, nombra el archivo y dice qué hacer.

error-prefix = error
hint-prefix = qué hacer

## Archivos de salida

out-is-database = { $path } es la base de datos de progreso (o uno de sus archivos); escribir ahí destruiría el progreso de todos los participantes. No se escribió nada: elija otro archivo, por ejemplo en su carpeta Documentos.
out-in-protected = { $path } está dentro de { $folder }, una carpeta que CPMS Player administra por sí mismo. No se escribió nada: elija un archivo en otra carpeta.
out-is-input = { $path } es también el archivo que se está leyendo. No se escribió nada: elija otro archivo de salida.
cannot-write = No se puede escribir { $path }: { $error }. Compruebe que la carpeta existe y que no está protegida contra escritura, y vuelva a intentarlo.
cannot-read = No se puede leer { $path }: { $error }. Compruebe el nombre del archivo y vuelva a intentarlo.

## La base de datos de progreso

db-unreadable = No se puede leer el archivo de progreso { $path } ({ $error }). Compruebe que la memoria USB o el disco esté conectado y vuelva a intentarlo.
db-is-folder = { $path } es una carpeta, no un archivo de progreso. Indique con --data-dir la carpeta que contiene progress.sqlite.
db-empty-file = El archivo de progreso { $path } está vacío (0 bytes): se dañó, por ejemplo por un corte de luz o por una copia que no terminó. No se cambió nada. Restaure una copia de seguridad con `cpms-player restore FILE` (las copias automáticas están en la carpeta backups, junto al archivo) o abra la aplicación y siga sus indicaciones.
db-not-sqlite = { $path } no es una base de datos de progreso (no es un archivo SQLite, o se sobrescribió). No se cambió nada. Restaure una copia de seguridad con `cpms-player restore FILE` (las copias automáticas están en la carpeta backups, junto al archivo) o abra la aplicación y siga sus indicaciones.
db-truncated = El archivo de progreso { $path } está incompleto (es más corto de lo que indica): se dañó. No se cambió nada. Restaure una copia de seguridad con `cpms-player restore FILE` (las copias automáticas están en la carpeta backups, junto al archivo) o abra la aplicación y siga sus indicaciones.
db-not-progress = { $path } es un archivo SQLite, pero no una base de datos de progreso de CPMS Player. No se cambió nada. Indique la carpeta correcta con --data-dir o restaure una copia de seguridad con `cpms-player restore FILE`.
db-damaged = El archivo de progreso { $path } está dañado ({ $detail }). No se cambió nada. Restaure una copia de seguridad con `cpms-player restore FILE` (las copias automáticas están en la carpeta backups, junto al archivo) o abra la aplicación y siga sus indicaciones.
db-newer = El archivo de progreso { $path } se creó con una versión más reciente de CPMS Player (su formato es posterior a la versión { $ours }, que es la que conoce este programa). No se cambió nada: actualice CPMS Player en este equipo.
db-needs-upgrade-read-only = El archivo de progreso { $path } se creó con una versión anterior de CPMS Player y debe actualizarse, pero eso no es posible en una carpeta de solo lectura. Copie la carpeta de datos a un disco donde se pueda escribir, o quite la protección contra escritura, y vuelva a intentarlo.
db-locked = Otro programa está usando el archivo de progreso { $path }. ¿Está CPMS Player abierto en este equipo? Ciérrelo y vuelva a intentarlo.
db-read-only = La carpeta de datos { $path } es de solo lectura (¿una memoria USB protegida contra escritura?). No se puede guardar nada ahí: quite la protección contra escritura o copie la carpeta al equipo, y vuelva a intentarlo.
db-read-only-note = nota: la carpeta de datos { $path } es de solo lectura; se muestra su contenido, pero no se puede cambiar nada.
disk-full = El disco donde está { $path } está lleno. No se perdió nada, pero no se puede guardar nada más: libere espacio y vuelva a intentarlo.
db-error = No se pudo usar el archivo de progreso { $path } ({ $detail }).
folder-cannot-create = No se puede crear la carpeta de datos { $path } ({ $error }). Indique con --data-dir una carpeta donde se pueda escribir.
no-data-folder = No se encontró ninguna carpeta de datos para este usuario. Indique una con --data-dir.

## Restauración y copias de seguridad

restore-failed = No se pudo restaurar desde { $path }: { $detail }. La base de datos de progreso no se cambió.
restore-done = Se restauró { $db } desde { $path }. La base de datos reemplazada se conserva como { $aside }.

## Participantes

pin-empty = Un PIN vacío no es un PIN: indique de 4 a 6 dígitos. Para quitar el PIN de un participante, ejecute `cpms-player learners set-pin NAME --remove`.
pin-and-remove = Indique un PIN nuevo o --remove, pero no ambos.
passphrase-short = La frase de contraseña del formador debe tener al menos 8 caracteres. No se ha cambiado nada; vuelva a ejecutar el comando.
passphrases-differ = Las dos frases de contraseña no coinciden. No se ha cambiado nada; vuelva a ejecutar el comando.
pin-missing = Indique el PIN nuevo (de 4 a 6 dígitos), o --remove para quitar el PIN.
learner-not-found = Ningún participante se llama "{ $name }". Consulte los nombres con `cpms-player learners list`.
learner-ambiguous = { $count ->
    [one] { $count } participante se llama "{ $name }".
   *[other] { $count } participantes se llaman "{ $name }".
} Indique en su lugar el identificador (id) del participante (consulte `cpms-player learners list`).

## CSV de participantes

csv-problem = { $path }, línea { $line }: { $message }
csv-not-text = { $path } no es un archivo de texto en UTF-8 (línea { $line }). En la hoja de cálculo, guárdelo como "CSV UTF-8" y vuelva a importarlo.
csv-broken = { $path }, línea { $line }: no se pudo leer la línea ({ $detail }). Compruebe que no haya comillas sin cerrar.
csv-wrong-columns = { $path }, línea 1: las columnas son { $found }, pero un archivo de participantes tiene las columnas name, pin y language (o nom/nombre/الاسم, code/PIN, langue/idioma/اللغة). Cambie el nombre de las columnas o elimine la línea de encabezado.
csv-no-learners = { $path } no contiene ningún participante: escriba un nombre por línea (con un PIN y un idioma, si lo desea).
csv-name-empty = el nombre está vacío; escriba el nombre del participante
csv-name-invisible = el nombre no tiene letras visibles; escriba el nombre del participante
csv-name-too-long = el nombre tiene más de 80 caracteres; acórtelo
csv-name-control = el nombre contiene caracteres de control; vuelva a escribirlo
csv-pin-format = "{ $pin }" no es un PIN; un PIN tiene de 4 a 6 dígitos
csv-language = idioma desconocido "{ $language }" (use en, fr, es o ar)
csv-duplicate-in-file = "{ $name }" también está en la línea { $other }; cada participante debe aparecer una sola vez
csv-nothing-added = No se añadió ningún participante; corrija el archivo y vuelva a importarlo.
csv-added = { $added ->
    [one] Se añadió { $added } participante desde { $path }.
   *[other] Se añadieron { $added } participantes desde { $path }.
}
csv-already-there = { $count ->
    [one] { $count } participante del archivo ya estaba en este equipo y se dejó como estaba: { $names }
   *[other] { $count } participantes del archivo ya estaban en este equipo y se dejaron como estaban: { $names }
}
csv-progress = Protegiendo los PIN: { $done } de { $total } (faltan unos { $seconds } s)

## Certificados

verify-unknown = Aquí no se conoce ningún certificado con el código { $code }. Compruebe el código o fusione el progreso del equipo que lo emitió.
verify-not-a-code = Esto no es un código de certificado: un código tiene 16 letras y dígitos, como ABCD-EFGH-JKLM-NPQR, y se { $length ->
    [one] escribió { $length } carácter
   *[other] escribieron { $length } caracteres
} (empezando por "{ $start }").

## Paquetes de progreso

bundle-not-a-bundle = { $path } no es un paquete de progreso de CPMS. Indique un archivo creado con `cpms-player export-progress` (o con "Exportar paquete de progreso" en el área de formadores). No se importó nada.
bundle-invalid = { $path }: { $detail }. No se importó nada de ningún archivo.
bundle-newer-version = { $path } fue creado por una versión más reciente de CPMS Player (formato de paquete versión { $version }): actualice este ordenador y vuelva a importarlo. No se importó nada.
link-unknown-id = Ningún estudiante tiene el identificador { $id } en este ordenador. Consulte `cpms-player learners list`, o importe antes la lista o el paquete que lo contiene.
link-same-person = { $id } y { $other } ya son el mismo estudiante; no se cambió nada.
export-with-pins = aviso: { $path } contiene los hash de los PIN de los estudiantes. Un PIN corto puede descubrirse a partir de su hash con una búsqueda paciente: lleve este archivo consigo y bórrelo una vez importado.
import-conflict = { $name }: el campo { $field } se cambió en dos ordenadores a la vez; se conservó "{ $kept }" (ordenador { $kept_device }) y se dejó de lado "{ $set_aside }" (ordenador { $set_aside_device }). Cámbielo de nuevo si el otro valor era el correcto.
import-clock-ahead = El reloj del ordenador { $days ->
    [one] { $device } va adelantado unos { $days } día
   *[other] { $device } va adelantado unos { $days } días
} respecto a este: sus cambios de perfiles no pudieron imponerse a los demás. Ajuste la fecha y la hora de ese ordenador.
import-fact-conflicts = { $count ->
    [one] { $count } registro ya conocido llegó con un contenido distinto
   *[other] { $count } registros ya conocidos llegaron con un contenido distinto
}; se conservaron los guardados: { $ids }
import-newer-minor = Un paquete fue creado por una versión más reciente de CPMS Player (formato { $version }); lo que este ordenador no conoce se dejó de lado. Actualice este ordenador para conservarlo todo.
import-unknown-fields = Se ignoraron campos que esta versión no conoce: { $fields }
import-duplicate = Quizá una sola persona: "{ $name }" tiene varios identificadores ({ $ids }). Si es así, vincúlelos: cpms-player learners link ID PERSON_ID
import-duplicates-more = …y { $count } nombres más con varios identificadores: vea `cpms-player learners duplicates`.

## Paquetes de cursos

course-not-found = { $path }: no existe esa carpeta de curso ni ese .zip. Indique la ruta de una carpeta que contenga course.ron, o un .zip de curso.

## Paquetes de contexto (información local añadida a un curso)
context-at = { $file }:{ $line }:{ $column }: { $problem }
context-in-file = { $file }: { $problem }
context-unreadable = no se puede leer el paquete de contexto ({ $error }); compruebe el nombre del archivo
context-not-utf8 = el paquete de contexto no es texto UTF-8; guárdelo como UTF-8 (en la mayoría de los editores: Guardar como → Codificación: UTF-8)
context-syntax = el paquete de contexto no es RON válido: { $error }. Compárelo con el ejemplo de courses/README.md («Context packs»)
context-wrong-course = el paquete es para el curso «{ $found }», no para «{ $course }»; escriba course: "{ $course }" o añádalo al curso correcto
context-no-contact = el contacto de derivación { $number } no tiene ni teléfono ni dirección; añada phone: "…" o address: {"{"}…{"}"}
context-bad-standard = un ejemplo local menciona la norma { $standard }; las NMPNA tienen las normas 1 a 28
context-standard-twice = la norma { $standard } tiene dos ejemplos locales; deje uno
context-no-default-text = { $what } no tiene texto en { $lang }, el primer idioma del curso; añada "{ $lang }": "…" (se muestra cuando falta el idioma del alumno)
context-unknown-language = { $what } tiene un texto en «{ $lang }», idioma que el curso no tiene ({ $languages }); corrija el código de idioma
context-empty-text = { $what } tiene un texto vacío en { $lang }; escríbalo o quite ese idioma
context-no-course = ningún curso instalado tiene el identificador «{ $course }»; instalados: { $installed }
context-added-cli = Paquete de contexto añadido a { $course } ({ $path }). Contactos de derivación: { $referrals } · términos locales: { $terms } · ejemplos locales: { $examples }.
context-removed = Paquete de contexto quitado de { $course }.
context-none-to-remove = El curso { $course } no tiene paquete de contexto.

## xAPI

xapi-not-lrs = La dirección respondió, pero no como un LRS, un almacén de registros de aprendizaje ({ $detail }). Quizás sea una página de inicio de sesión de Wi-Fi o un proxy: abra un navegador, inicie sesión en la red y vuelva a intentarlo. Las declaraciones siguen en espera.
xapi-timeout = El LRS no respondió en { $seconds } s. Las declaraciones siguen en espera: vuelva a intentarlo más tarde o compruebe la dirección.

## Pantalla de recuperación (la ventana)

recovery-backup-info = Copia de seguridad del { $date }: { $learners ->
    [one] { $learners } participante
   *[other] { $learners } participantes
}, última actividad: { $last }
recovery-backup-bad = Copia de seguridad del { $date }: dañada, no se puede usar
recovery-proposed = Propuesta: la copia de seguridad más reciente que está intacta y contiene participantes.
recovery-others = Otras copias de seguridad:
recovery-confirm-emptier = Esta copia de seguridad contiene { $learners ->
    [one] { $learners } participante
   *[other] { $learners } participantes
}, menos que la propuesta ({ $best }). Volver a ella ocultaría el trabajo de los demás participantes. ¿Volver a ella de todos modos?
recovery-confirm-yes = Sí, volver a esta copia de seguridad
recovery-confirm-no = No, mostrar la lista de nuevo

## Trainer area: verify a certificate

verify-heading = Verificar un certificado
verify-input = Código, texto del código QR o archivo PDF
verify-button = Verificar
xapi-bad-base = «{ $base }» no puede iniciar identificadores de actividad xAPI: indique una dirección absoluta como https://learning.example.org/cpms (o un nombre urn: o tag:), sin espacios, ? ni #.
xapi-base-after-sync = Ya se enviaron { $sent } declaraciones a un LRS con los identificadores de actividad actuales; cambiar la base ahora haría aparecer dos veces las mismas actividades. No se cambió nada. Si es lo que quiere, vuelva a ejecutar la orden con --force.

## Reports: item analysis

report-unknown-course = No hay ningún curso con el identificador «{ $id }» instalado en { $folder }. No se escribió nada. Instalados: { $installed }. Indique uno de estos identificadores con --course.

## The progress store (src/progress): database faults, refused bundles and records

store-sqlite = no se pudo usar la base de datos de progreso: { $detail }
store-migration = no se pudo actualizar la base de datos de progreso: { $detail }
store-folder = no se puede crear la carpeta de datos { $path }: { $error }
store-corrupt = un registro guardado no se puede leer: { $detail }
store-internal = CPMS Player ha sufrido un error interno ({ $detail }). No se debe a nada que usted haya hecho: comuníqueselo a la persona que se ocupa de CPMS Player aquí.
db-secret-damaged = el secreto de los certificados está dañado: { $detail }
db-device-key-damaged = la clave de este ordenador guardada en la base de datos de progreso está dañada
db-organisation-key-damaged = la clave de organización guardada en la base de datos de progreso está dañada
db-trust-list-damaged = la lista de confianza guardada en la base de datos de progreso está dañada: { $detail }
backup-check-failed = La copia de la base de datos de progreso para { $path } no superó la comprobación ({ $detail }); no se conservó. Revise el disco y vuelva a intentarlo.
backup-cannot-open = no se puede abrir { $path }: { $detail }
backup-unreadable = { $path } no es una base de datos legible: { $detail }
backup-damaged = { $path } está dañado: { $detail }
backup-not-progress = { $path } no es una base de datos de progreso de CPMS Player
set-aside-failed = no se puede apartar { $path }: { $error }
restore-copy-failed = no se puede copiar { $path }: { $error }
restore-replace-failed = no se puede reemplazar { $path }: { $error }
organisation-exists = este ordenador ya tiene una clave de organización; basta con una (vea `cpms-player trust show`)
organisation-name-length = dé a la organización un nombre de 1 a 120 caracteres
certificate-refused = se rechaza el certificado { $code } (participante { $name }): { $detail }
certificate-conflict = conflicto: el certificado { $code } está guardado aquí a nombre de { $known } y llega con otro contenido (a nombre de { $incoming }): uno de los dos fue modificado; conserve el paquete del ordenador que lo emitió
certificate-why-unsigned = no está firmado
certificate-why-signature = su firma no coincide con su contenido
certificate-why-damaged = su contenido firmado está dañado
certificate-why-code = su código no coincide con su contenido firmado
certificate-why-fields = sus campos difieren de los firmados (se modificó el nombre, el curso, la fecha o la puntuación)
bundle-not-cpms = no es un paquete de progreso de CPMS
bundle-newer-detail = creado por una versión más reciente de CPMS Player (formato de paquete versión { $version }): actualice este ordenador
bundle-unreadable = no se pudo leer el paquete: { $detail }
bundle-json-error = línea { $line }, columna { $column }: { $detail }
bundle-no-version = el paquete no indica su versión
bundle-version-unsupported = la versión { $version } del paquete no es compatible (este programa lee las versiones 1 a { $max }); actualice CPMS Player
bundle-learner-unusable = el participante { $id } (n.º { $index }) tiene un identificador vacío o un nombre inutilizable
bundle-fact-incomplete = al registro n.º { $index } ({ $id }) le falta el identificador, el participante, el curso o el módulo
bundle-fact-time = el registro n.º { $index } ({ $id }) tiene una hora imposible: { $time }
bundle-fact-score = el registro n.º { $index } ({ $id }) tiene una puntuación de { $percent } %
bundle-fact-credit = el registro n.º { $index } ({ $id }) tiene un crédito de { $credit }
bundle-fact-stranger = el registro n.º { $index } ({ $id }) pertenece al participante { $learner }, que no está en el paquete
bundle-facts-stranger = hay registros del participante { $learner }, que no está en el paquete
bundle-link-no-id = a un vínculo del participante "{ $learner }" le falta el identificador
bundle-unsigned = los registros del ordenador { $device } ({ $count } en total, por ejemplo { $example }) no están firmados: quizá use una versión antigua de CPMS Player, o se añadieron a mano. Expórtelos de nuevo desde un ordenador actualizado e inscrito por su organización
bundle-not-as-signed = los registros del ordenador { $device } ({ $count } en total) no coinciden con lo que ese ordenador firmó ({ $signed } registros): se modificaron, añadieron o quitaron registros a mano (por ejemplo { $example })
bundle-signature-invalid = la firma del ordenador { $device } sobre sus registros no es válida (por ejemplo { $example }): se modificaron a mano; expórtelos de nuevo desde ese ordenador
bundle-laptop-untrusted = el ordenador { $laptop } (por ejemplo el registro { $example }) no está en su lista de confianza: importe el archivo de confianza de su organización, o pida al formador que inscriba ese ordenador
bundle-laptop-revoked = el registro { $id } lo hizo el ordenador "{ $laptop }" el { $date }, después de que fuera revocado el { $revoked }
task-cancelled = Detenido a petición suya: no se ha cambiado nada.
