<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation>política, motivo, transmisión o cuenta</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation>&amp;Política:</translation>
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation>&amp;Apelación:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>&amp;Fechas desde</translation>
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation>Haz doble clic en una infracción (o presiona Enter) para abrir su transmisión en ese momento.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Todas las políticas</translation>
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation>No hay infracciones en la caché</translation>
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation>{shown} de {total} infracciones</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation>Apelación — {policy}</translation>
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation>&amp;Tu apelación (qué pasó y por qué el contenido cumple las normas):</translation>
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation>Explica por qué debería retirarse la infracción…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation>E&amp;nviar apelación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation>Guarda la apelación, su infracción, el historial y las pruebas en un .zip</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>Marcar &amp;aceptada</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>Marcar &amp;rechazada</translation>
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation>La fuente de datos de esta transmisión no admite apelaciones: LiveDesk guarda la apelación como registro local. Expórtala, preséntala en la plataforma y luego registra aquí la decisión.</translation>
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation>Cargando la infracción…</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation>{status} — guardada {time}</translation>
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation>{status} — aún sin guardar</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation>Aún no hay pasos: el primer borrador se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>Elegir pruebas</translation>
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation>Imágenes, videos y documentos (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the appeal</source>
        <translation>Exportar la apelación</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>recorded by the user</source>
        <translation>registrado por el usuario</translation>
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation>Adjuntar un video</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation>Elige la grabación de “{title}” (iniciada el {when}, {length}): una grabación de OBS o una repetición descargada. Luego indica en qué momento de la transmisión empieza el video, o alinea un momento que reconozcas.</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation>Un archivo de video o una URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Line up a moment</source>
        <translation>Alinear un momento</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation>Ve a un fotograma cuyo tiempo de transmisión conozcas</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Un segundo atrás</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>One second forward</source>
        <translation>Un segundo adelante</translation>
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation>&amp;Fotograma en la transmisión:</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation>El reloj de la transmisión en el fotograma mostrado (tiempo desde que empezó la transmisión)</translation>
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation>&amp;Alinear</translation>
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation>Calcula a partir de este fotograma cuándo empieza el video</translation>
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation>Inicio del video en la &amp;transmisión:</translation>
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation>±h:mm:ss</translation>
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation>Negativo si la grabación empezó antes que la transmisión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation>Elige un archivo de video.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation>Escribe cuándo empieza el video como ±h:mm:ss, p. ej., -0:00:05.</translation>
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation>Elegir el video de la transmisión</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation>Escribe el tiempo de transmisión del fotograma como h:mm:ss, p. ej., 0:12:30.</translation>
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation>No se puede mostrar el video: {error}</translation>
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation>Elige un video para ver aquí sus fotogramas.</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>Abriendo el video…</translation>
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation>No se puede reproducir este archivo: {error}</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation>Ve a un fotograma cuyo tiempo de transmisión conozcas (un reloj en pantalla, un producto que fijaste), escribe ese tiempo abajo y presiona Alinear.</translation>
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation>La grabación empezó {d} antes de la transmisión (el {when}).</translation>
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation>La grabación empezó {d} después del inicio de la transmisión (el {when}).</translation>
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation>La grabación empezó con la transmisión (el {when}).</translation>
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation>Perfil de la audiencia</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation>Perfil de espectadores: todos los que vieron esta transmisión</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation>Perfil de clientes: todos los que compraron en esta transmisión</translation>
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation>Página anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation>Página siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>No hay perfil de audiencia para esta transmisión. Los perfiles de espectadores y clientes provienen de la API de TikTok Shop o de un paquete de LiveDesk.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation>Tus transmisiones</translation>
    </message>
    <message>
        <source>Market average</source>
        <translation>Promedio del mercado</translation>
    </message>
    <message>
        <source>market average</source>
        <translation>promedio del mercado</translation>
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation>Tu promedio de 14 días</translation>
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation>tu propio promedio de 14 días (no hay promedio del mercado disponible)</translation>
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation>{metric}: tus transmisiones de los últimos 14 días</translation>
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation>Se compara con: {ref} ({value}).</translation>
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation>Se compara con: {ref}.</translation>
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation>No hay transmisiones anteriores en los últimos 14 días con las que comparar.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation>Feed Para ti</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>Para ti</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Following feed</source>
        <translation>Feed Siguiendo</translation>
    </message>
    <message>
        <source>LIVE feed</source>
        <translation>Feed LIVE</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Video corto</translation>
    </message>
    <message>
        <source>Shop tab</source>
        <translation>Pestaña Tienda</translation>
    </message>
    <message>
        <source>LIVE ads</source>
        <translation>Anuncios LIVE</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation>Tendencia: {metric}</translation>
    </message>
    <message>
        <source>Choose the metric</source>
        <translation>Elegir la métrica</translation>
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation>Abrir en Tendencias de rendimiento</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tráfico exprés</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Todas las métricas</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation>{state} · última sincronización {time}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation>Esperando por el límite de solicitudes ({s} s)</translation>
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation>Reintentando en {s} s</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation>Esta transmisión</translation>
    </message>
    <message>
        <source>All LIVEs</source>
        <translation>Todas las transmisiones</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Calidad del contenido</translation>
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation>Elige una transmisión para ver sus infracciones.</translation>
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation>No se registraron infracciones en esta transmisión.</translation>
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation>Las infracciones provienen de la plataforma (la API de TikTok Shop, los avisos de la sala de TikTok LIVE) o de un paquete de LiveDesk. La vista Todas las transmisiones muestra las de cada transmisión en la caché.</translation>
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation>1 infracción en esta transmisión</translation>
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation>{n} infracciones en esta transmisión</translation>
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation>Reproduce un clip para ver exactamente qué se marcó; apela mientras la decisión aún pueda cambiarse.</translation>
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation>{clicks} clics, {orders} pedidos pagados de {customers} clientes en {lives} transmisión(es)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>CTOR</source>
        <translation>CTOR</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation>Clics en productos: toques que abrieron la página del producto</translation>
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation>Compradores que pagaron, contados por transmisión y sumados</translation>
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation>Pedidos de SKU pagados</translation>
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation>Tasa de clic a pedido: pedidos ÷ clics en productos</translation>
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation>Transmisiones del rango que mostraron el producto</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation>Instala o desbloquea un llavero del sistema (Administrador de credenciales de Windows, Llavero de macOS, o Secret Service / KWallet en Linux) para conservarlos entre ejecuciones.</translation>
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation>el llavero en uso es el llavero nulo, que no guarda nada</translation>
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation>no hay ningún llavero del sistema disponible en este equipo</translation>
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation>la lectura falló ({error})</translation>
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation>la escritura falló ({error})</translation>
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation>el llavero no conservó lo que se escribió</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>No hay un llavero del sistema que funcione: {reason} ({backend}). Los secretos se guardan en memoria solo durante esta ejecución y habrá que introducirlos de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation>No hay un llavero del sistema que funcione: {reason} ({backend}).</translation>
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation>Personalizar datos principales</translation>
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation>Elige hasta {n} métricas. Las métricas de Tráfico exprés son las que más influyen en cuánto tráfico orgánico recibe la transmisión.</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>Buscar métricas…</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tráfico exprés</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Todas las métricas</translation>
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation>Puedes mostrar como máximo {n} métricas. Desmarca una para dejar sitio a “{label}”.</translation>
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation>{n} de {max} elegidas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation>Exportar transmisión</translation>
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation>Exportar “{title}” ({when}, {length}).</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation>Paquete de LiveDesk, archivo &amp;zip</translation>
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation>Todo lo que LiveDesk sabe de esta transmisión en un solo archivo, para archivarla o compartirla. Otro LiveDesk lo abre con Archivo → Importar.</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation>Paquete de LiveDesk, &amp;carpeta</translation>
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation>Lo mismo como carpeta de archivos CSV y JSON, para otras herramientas.</translation>
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation>Tabla de tendencias, C&amp;SV</translation>
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation>Una fila por minuto: todas las métricas y los eventos.</translation>
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation>Tabla de tendencias, &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation>La misma tabla como libro de Excel.</translation>
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation>Incluir el &amp;video de la repetición en el paquete</translation>
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation>Copia {file} en el paquete</translation>
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation>Esta transmisión no tiene video de repetición en este equipo</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} es una carpeta; indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation>{path} es un archivo; un paquete en carpeta necesita el nombre de una carpeta nueva.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation>Guardar la carpeta del paquete en</translation>
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation>Paquetes de LiveDesk (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation>La exportación no está disponible.</translation>
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation>Primero abre una transmisión: Exportar transmisión guarda la transmisión que está en pantalla.</translation>
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation>“{title}” sigue en curso: expórtala cuando haya terminado (aún están llegando sus datos).</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Export LIVE</source>
        <translation>Exportar transmisión</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>No se pudo iniciar la exportación: hay otra exportación en curso.</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Exportando “{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Escribiendo {what}…</translation>
    </message>
    <message>
        <source>, with the replay video</source>
        <translation>, con el video de la repetición</translation>
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation>Paquete exportado a {path}: {rows} filas en {tables} tablas{video}.</translation>
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation>Tabla de tendencias exportada a {path}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation>No se pudo exportar la transmisión. No se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error en la exportación: {error}</translation>
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation>Seguidores vs. no seguidores</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Non-followers</source>
        <translation>No seguidores</translation>
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation>Precio medio: GMV ÷ pedidos principales</translation>
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>No hay datos de seguidores para esta transmisión. El desglose por seguidores proviene de la API de TikTok Shop o de un paquete de LiveDesk.</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation>{segment}: proporción exacta {exact}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation>El estado de la emisión proviene de OBS (Configuración → Fuentes → OBS)</translation>
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation>Tasa de bits de salida en la última consulta. Verde desde {good} kbps, ámbar desde {warn} kbps, rojo por debajo o mientras OBS se reconecta.</translation>
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Fotogramas perdidos por la red desde que empezó la emisión. Verde por debajo de {warn}, ámbar por debajo de {bad}, rojo desde {bad}.</translation>
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Nivel de congestión de la salida de OBS. Verde por debajo de {warn}, ámbar por debajo de {bad}, rojo desde {bad}.</translation>
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Uso de CPU de OBS. Verde por debajo de {warn}, ámbar por debajo de {bad}, rojo desde {bad}.</translation>
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation>Tasa de bits: reconectando…</translation>
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation>Tasa de bits {value}</translation>
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation>Tasa de bits {value} kbps</translation>
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation>Fotogramas perdidos {value}</translation>
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation>Congestión {value}</translation>
    </message>
    <message>
        <source>OBS CPU {value}</source>
        <translation>CPU de OBS {value}</translation>
    </message>
</context>
<context>
    <name>HintsView</name>
    <message>
        <source>Hints appear here once the range's data has been read.</source>
        <translation>Las sugerencias aparecen aquí cuando se hayan leído los datos del rango.</translation>
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation>Calculadas a partir de los totales del rango frente al promedio del mercado (o tu propio promedio de los 30 días anteriores). Cada sugerencia indica las cifras en las que se basa.</translation>
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation>Nada destaca en este rango: la tasa de entrada, el CTR LIVE, el CTOR y la duración de visualización están cerca o por encima de sus referencias, y las ventas se reparten entre varios productos.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation>Importar una transmisión</translation>
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation>Paquetes de LiveDesk y exportaciones de Seller Center (*.zip *.xlsx *.xlsm *.csv manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation>Solo se pueden importar archivos y carpetas de este equipo.</translation>
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation>La importación no está disponible.</translation>
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation>LiveDesk no puede importar esto.</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Todavía hay otra importación en curso.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation>Importación de {name} cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation>Importando {name}…
{what}</translation>
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation>No se pudo importar {name}. No se conservó nada.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Error en la importación: {error}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… y {n} más (consulta los detalles)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation>Datos principales · en vivo, actualizados cada segundo</translation>
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation>Datos principales · toda la transmisión</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation>Elige hasta 16 métricas para mostrar como tarjetas</translation>
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation>Esta fuente no lo proporciona ({source})</translation>
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation>Solo se muestra mientras la transmisión está en curso</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LiveDesk</source>
        <translation>LiveDesk</translation>
    </message>
    <message>
        <source>&amp;Key metrics</source>
        <translation>&amp;Métricas clave</translation>
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation>&amp;Tendencias de rendimiento</translation>
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation>&amp;Fuentes de tráfico</translation>
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation>Ca&amp;lidad del contenido</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation>Tran&amp;smisión:</translation>
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation>Elige una transmisión: la que está en curso o una anterior</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Repetición LIVE</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Manual del usuario</translation>
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation>Abrir el manual del usuario (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation>Activar o desactivar pantalla completa (F11)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation>Importa un paquete de LiveDesk (carpeta o .zip) o una exportación de Seller Center (.xlsx, .csv); también puedes soltarlos sobre la ventana</translation>
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation>&amp;Exportar transmisión…</translation>
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation>Exporta la transmisión mostrada como paquete de LiveDesk o como tabla de tendencias</translation>
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation>&amp;Adjuntar video…</translation>
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation>Usa una grabación (de OBS, una repetición descargada) como repetición de la transmisión mostrada, alineada con su reloj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation>Conecta cuentas de TikTok Shop, una sala de TikTok LIVE y OBS</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation>Idioma, tema, actualización de pantalla, zona horaria de los informes y carpeta de datos</translation>
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation>{title} (oculta por el filtro)</translation>
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation>Elige una transmisión</translation>
    </message>
    <message>
        <source>Source: —</source>
        <translation>Fuente: —</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation>● Reintentando en {s} s</translation>
    </message>
    <message>
        <source>● Failed</source>
        <translation>● Error</translation>
    </message>
    <message>
        <source>● Stopped</source>
        <translation>● Detenido</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Última sincronización {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation>En vivo {clock}</translation>
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation>Finalizada · {clock}</translation>
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation>Primero abre una transmisión: el video se adjunta a la transmisión mostrada.</translation>
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation>Suelta para importar {names}</translation>
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation>Mostrar la pestaña “{name}”</translation>
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation>Filtrar la lista de transmisiones</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>Repetición: reproducir o pausar</translation>
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation>Repetición: retroceder o avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation>Tendencias de rendimiento: añadir una nota en el momento de la repetición</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation>Manual del usuario de LiveDesk</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>Páginas del manual</translation>
    </message>
    <message>
        <source>Manual text</source>
        <translation>Texto del manual</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Métricas clave</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>Tendencias de rendimiento</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Fuentes de tráfico</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Calidad del contenido</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Replay and comments</source>
        <translation>Repetición y comentarios</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importar y exportar</translation>
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation>Conectar tus cuentas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>Glosario de métricas</translation>
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation>LiveDesk muestra las cifras de tus transmisiones de venta en vivo: en tiempo real mientras estás en vivo y en detalle después, con el video de la repetición vinculado a cada gráfico.</translation>
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation>Elige una transmisión en la lista de arriba ({keys}): la transmisión en curso aparece marcada como &lt;b&gt;● En vivo ahora&lt;/b&gt; y le siguen las transmisiones anteriores, de la más reciente a la más antigua. El botón de filtro que está al lado ({filter}) acota la lista por texto, fechas, cuenta y estado.</translation>
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation>La primera vez que se inicia, LiveDesk ejecuta una demo integrada: una transmisión simulada en curso y 14 días de transmisiones anteriores, para que puedas explorar todas las pantallas antes de conectar una cuenta. Su video de repetición muestra el reloj de la transmisión en cada fotograma.</translation>
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation>Ninguna fuente proporciona todas las cifras. Un valor que la fuente no proporcionó se muestra como —, nunca como 0; un panel sin datos indica qué fuente lo completaría.</translation>
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation>Las tarjetas de datos principales muestran hasta 16 métricas a tu elección (&lt;b&gt;Personalizar…&lt;/b&gt;). Durante una transmisión se actualizan cada segundo; después muestran toda la transmisión, con cada métrica agregada a su manera: una tasa es siempre el cociente de los totales.</translation>
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation>Cada tarjeta se compara con tu transmisión anterior y con el promedio del mercado (o con tu propio promedio de 14 días si no se conoce el promedio del mercado). Las tres peores métricas aparecen enmarcadas en rojo; después de la transmisión, pasa el cursor sobre una o selecciónala con Tab para verla en tus transmisiones de los últimos 14 días.</translation>
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation>Debajo de las tarjetas: la tendencia de una métrica (se elige con el botón ✎), la distribución por fuente de tráfico, seguidores frente a no seguidores, la lista de productos (haz clic en un producto para llevar la repetición a su fijación) y el perfil de la audiencia de espectadores o clientes.</translation>
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation>Dos métricas en un mismo gráfico, una por eje, con la lectura de ambas bajo el puntero. Los marcadores muestran los productos fijados, las infracciones, las promociones y tus notas; la leyenda oculta o muestra cada tipo. Haz clic en un marcador o en un punto para llevar la repetición a ese momento.</translation>
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation>Toda la transmisión, Últimos 30 min y Últimos 5 min eligen el rango; arrastra la banda bajo el gráfico para elegir cualquier otro. &lt;b&gt;Añadir nota&lt;/b&gt; (o M) guarda una nota en el momento de la repetición. &lt;b&gt;Exportar&lt;/b&gt; guarda la tabla de tendencias como CSV o Excel cuando la transmisión ha terminado.</translation>
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation>De dónde llegaron tus espectadores: cada canal con sus impresiones, visualizaciones y GMV y sus proporciones, tasa de entrada, CTR, CTOR, tasa de pedidos y GPM de visualización. La fila Total queda siempre al final, sea cual sea el orden.</translation>
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation>Marca hasta cinco canales para comparar sus tendencias en el gráfico. La línea bajo la tabla indica el canal que convierte bien pero recibe poco tráfico.</translation>
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation>Todas las infracciones detectadas en la transmisión, con su política, motivo, consecuencia y recomendaciones. &lt;b&gt;Reproducir clip&lt;/b&gt; reproduce el momento con unos segundos antes y después.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation>&lt;b&gt;Apelar…&lt;/b&gt; abre la apelación: escribe tu motivo y adjunta pruebas; los borradores se guardan mientras escribes. La vista Todas las transmisiones busca infracciones en todas tus transmisiones.</translation>
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation>Totales de tus transmisiones en un rango de días, contados en la zona horaria de los informes, cada uno frente al periodo anterior de la misma duración; el día de hoy se marca como incompleto.</translation>
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation>Debajo: GMV, visualizaciones o transmisiones por día, una fila por transmisión (Enter la abre), la conversión por producto, la referencia de métricas y sugerencias calculadas a partir de tus cifras.</translation>
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation>El panel de repetición reproduce el video de la transmisión. Espacio reproduce o pausa; ← y → saltan 5 segundos. El reloj bajo el video es el reloj de la transmisión. Haz clic en un comentario para saltar al momento en que se escribió.</translation>
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation>La reproducción usa VLC; sin VLC, el panel indica cómo instalarlo y todo lo demás sigue funcionando. &lt;b&gt;Archivo → Adjuntar video…&lt;/b&gt; alinea una grabación propia con el reloj de la transmisión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation>&lt;b&gt;Archivo → Importar…&lt;/b&gt; (Ctrl+O) lee un paquete de LiveDesk o una exportación de Seller Center (.xlsx, .csv); también puedes soltar archivos sobre la ventana. Una importación es de todo o nada: si un archivo tiene un error, se indican la fila y la columna y no se cambia nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation>&lt;b&gt;Archivo → Exportar transmisión…&lt;/b&gt; (Ctrl+E) guarda la transmisión mostrada como paquete, con o sin su video, o como tabla de tendencias, para revisarla en otro equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation>&lt;b&gt;Configuración → Fuentes…&lt;/b&gt; conecta una cuenta de TikTok Shop (API oficial), una sala de TikTok LIVE (no oficial) y OBS. &lt;b&gt;Probar conexión&lt;/b&gt; comprueba una página antes de guardarla.</translation>
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation>Los secretos (secretos de apps, tokens, contraseñas) se guardan solo en el llavero del sistema. Si no hay ningún llavero que funcione, LiveDesk lo indica y puede conservarlos solo durante esta sesión; nunca se escriben en un archivo.</translation>
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation>Los puntos de la barra de estado muestran el estado de cada fuente: conectada, sincronizando, esperando por el límite de solicitudes o con error (y su motivo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation>&lt;b&gt;Configuración → Preferencias…&lt;/b&gt; (Ctrl+,) define el idioma, el tema (igual que el sistema, claro u oscuro), la frecuencia con la que se redibuja la pantalla durante una transmisión en vivo, la zona horaria de los informes del Resumen y la carpeta de datos.</translation>
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation>El tamaño de la ventana, la pantalla completa, la disposición de los paneles y la pestaña mostrada se guardan al cerrar LiveDesk y se restauran en el siguiente inicio.</translation>
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation>Todas las acciones están disponibles desde el teclado. Tab pasa de un control a otro; las letras subrayadas funcionan con Alt.</translation>
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation>Todas las métricas que LiveDesk conoce, con cómo se calculan y cómo usarlas.</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>LiveDesk bundle</source>
        <translation>Paquete de LiveDesk</translation>
    </message>
    <message>
        <source>Seller Center export</source>
        <translation>Exportación de Seller Center</translation>
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation>API de TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (no oficial)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation>vs. transmisión anterior: —</translation>
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation>{arrow} {pct} vs. transmisión anterior</translation>
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation>{sign}{pct} vs. prom. del mercado</translation>
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation>{sign}{pct} vs. tu prom. de 14 días</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Referencia: {ref}</translation>
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation>Valor bruto de la mercancía: el valor de los pedidos pagados atribuidos a la transmisión, contabilizados en el momento del pago. Incluye los pedidos cancelados o reembolsados después.</translation>
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation>Tu resultado principal. Compara transmisiones de duración similar, o usa GMV por hora y GPM de visualización para comparar transmisiones de distinta duración y tráfico.</translation>
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation>Unidades vendidas: un pedido de tres piezas cuenta como tres.</translation>
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation>Planifica el inventario con esta cifra; si sube mientras el GMV se mantiene, se están vendiendo artículos más baratos u ofertas por cantidad.</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation>Líneas de pedido pagadas, una por SKU: un carrito con dos productos son dos pedidos de SKU.</translation>
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation>El numerador del CTOR (pedidos de SKU) y de la tasa de pedidos; obsérvalo cuando fijes un producto para ver si la fijación vende.</translation>
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation>Pedidos principales pagados: un pago cuenta una sola vez, contenga lo que contenga.</translation>
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation>Úsalo para el valor medio del pedido (Precio medio) y para ver con qué frecuencia los compradores combinan productos.</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Pedidos de SKU realizados, pagados o no.</translation>
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation>Compáralo con los pedidos de SKU: una gran diferencia significa que los compradores se detienen en el pago (consulta Tasa de pago).</translation>
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation>Compradores únicos que pagaron en la transmisión.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation>Clientes ÷ espectadores es la tasa de conversión; más clientes con el mismo GMV significa una audiencia más amplia y con menos riesgo.</translation>
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation>Veces que la transmisión se mostró a alguien: una tarjeta en el feed, una vista previa o un resultado de búsqueda. El alcance de la transmisión.</translation>
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation>Pocas impresiones: transmite en mejores horarios y promociona la transmisión con videos cortos o anuncios. Muchas impresiones y pocas visualizaciones: consulta Tasa de entrada.</translation>
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation>Entradas en la sala de la transmisión. Un espectador que sale y vuelve cuenta de nuevo.</translation>
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation>La base de las tasas de interacción por visualización, del GPM de visualización y de la tasa de pedidos. Si las visualizaciones superan con creces a los espectadores, la gente vuelve.</translation>
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation>Personas únicas que entraron en la sala de la transmisión.</translation>
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation>La base de la conversión y de las tasas de interacción. Al sumar varias transmisiones, cada persona se cuenta una vez por transmisión.</translation>
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation>Personas en la sala en este momento (espectadores simultáneos).</translation>
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation>Obsérvalo durante la transmisión: fija tu mejor producto o lanza una oferta cuando esté en su punto más alto; una caída justo después de un segmento indica que no retuvo la atención.</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation>Veces que se mostraron tarjetas de producto en la transmisión (tarjeta fijada, lista de la bolsa de compras).</translation>
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation>Pocas impresiones de productos para muchas visualizaciones: abre la bolsa de compras y fija productos con más frecuencia.</translation>
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation>Toques que abrieron la página de detalles de un producto durante la transmisión. Se cuenta por toque: un comprador que toca tres veces genera tres clics.</translation>
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation>El paso de interés del embudo: divídelo entre las visualizaciones (CTR LIVE) o las impresiones de productos (CTR de producto); pedidos ÷ clics es el CTOR.</translation>
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation>Veces que se añadió un producto a un carrito desde la transmisión.</translation>
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation>Muchos añadidos y pocos pedidos: los compradores dudan al pagar; recuérdales cuándo termina la oferta y revisa los gastos de envío.</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Comentarios publicados en la transmisión.</translation>
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation>Una señal de sala animada que TikTok premia con tráfico; haz preguntas y responde por su nombre para aumentarla.</translation>
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation>Me gusta (toques en la pantalla); un espectador puede dar me gusta muchas veces.</translation>
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation>Una señal de interacción barata; compara la tasa de me gusta entre transmisiones en lugar de los totales.</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Veces que se compartió la transmisión.</translation>
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation>Compartir trae nuevos espectadores gratis: pide que compartan en sorteos y ofertas atractivas.</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Cuentas que empezaron a seguirte durante la transmisión.</translation>
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation>Los seguidores son la audiencia de tus próximas transmisiones; una tasa de seguimiento baja significa que los espectadores no ven motivo para volver.</translation>
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation>Regalos virtuales enviados por los espectadores.</translation>
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation>Una señal de lealtad de tus fans más fieles; agradece a quienes los envían frente a la cámara.</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation>Segundos vistos por todos los espectadores en conjunto.</translation>
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation>La base de las duraciones medias de visualización; crece tanto con el tamaño de la audiencia como con la retención.</translation>
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation>Visualizaciones que duraron más de un minuto.</translation>
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation>Divídelo entre las visualizaciones para ver cuántas entradas se convierten en visionado real; una proporción baja apunta a los primeros segundos de tu contenido.</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation>Gasto en promoción de pago de la transmisión (anuncios LIVE, GMV Max, Promote).</translation>
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation>Cuanto más bajo, mejor para el mismo resultado: compáralo con el GMV de anuncios (ROI de GMV Max).</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV atribuido a la promoción de pago.</translation>
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation>Compáralo con el gasto en anuncios (ROI) y con el GMV total para ver qué parte de tus ventas compras.</translation>
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation>Pico de espectadores simultáneos: el máximo de personas en la sala a la vez.</translation>
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation>Muestra el mejor momento de la transmisión; encuéntralo en el gráfico de tendencias y repite lo que hiciste entonces.</translation>
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation>Promedio de espectadores simultáneos durante la transmisión.</translation>
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation>Una medida más estable que el pico: un pico alto con un promedio bajo significa que el tráfico llegó en oleadas y se fue.</translation>
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation>Tasa de entrada a la sala (ERR): visualizaciones ÷ impresiones LIVE, la proporción de personas que vieron la transmisión y entraron tocándola.</translation>
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation>Por debajo del mercado: mejora la portada y el título de la transmisión y los primeros segundos que la gente ve en la vista previa del feed.</translation>
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation>Tasa de clics LIVE: clics en productos ÷ visualizaciones.</translation>
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation>Baja: fija el producto del que hablas, muéstralo cerca de la cámara e invita a los espectadores a tocar la bolsa de compras.</translation>
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation>Tasa de clics de producto: clics en productos ÷ impresiones de productos.</translation>
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation>Mide lo atractiva que es la tarjeta del producto: su imagen, su título y su precio.</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation>Tasa de clic a pedido: pedidos de SKU ÷ clics en productos, la proporción de visitas a la página del producto que terminan en un pedido pagado.</translation>
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation>Baja: revisa el precio, los cupones, los gastos de envío, el inventario y la página del producto (fotos, reseñas).</translation>
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation>Tasa de clic a pedido por pedidos principales: pedidos principales ÷ clics en productos.</translation>
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation>Léela junto al CTOR (pedidos de SKU): la diferencia muestra con qué frecuencia los compradores llevan varios productos en un mismo pago.</translation>
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation>Pedidos de SKU ÷ visualizaciones: cuántas visualizaciones terminan en una línea de pedido.</translation>
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation>Todo el embudo de la sala al pedido en una sola cifra; divídelo en CTR LIVE y CTOR para encontrar el paso débil.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation>Clientes ÷ espectadores: la proporción de espectadores únicos que compraron.</translation>
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation>La mejor medida única de lo bien que una transmisión vende a las personas que alcanza; en varias transmisiones es un cociente de las sumas.</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV por cada 1000 visualizaciones.</translation>
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation>Compara lo bien que las transmisiones monetizan su audiencia, sea cual sea su tamaño; TikTok lo usa para decidir cuánto tráfico merece una transmisión.</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV por cada 1000 impresiones LIVE.</translation>
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation>Cubre todo el embudo, del feed al pedido; úsalo para comparar canales de tráfico y la promoción de pago.</translation>
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation>Valor medio del pedido: GMV ÷ pedidos principales.</translation>
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation>Auméntalo con packs, ofertas por cantidad y umbrales de envío gratis.</translation>
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation>Duración media de visualización por espectador único: tiempo total de visualización ÷ espectadores.</translation>
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation>Corta: el contenido no retiene la atención. Empieza con un gancho, haz demostraciones, responde comentarios y mantén un ritmo de pequeños momentos.</translation>
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation>Duración media de visualización por visualización: tiempo total de visualización ÷ visualizaciones.</translation>
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation>Más corta que la cifra por espectador cuando la gente vuelve varias veces; compara ambas para ver si los espectadores regresan.</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Comentarios ÷ espectadores.</translation>
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation>Interacción independiente del tamaño de la audiencia; haz preguntas fáciles de responder con una palabra.</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Nuevos seguidores ÷ espectadores.</translation>
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation>Baja: cuéntales a los espectadores qué traerá tu próxima transmisión y por qué seguirte ahora.</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Me gusta ÷ espectadores.</translation>
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation>Una señal de interacción ligera; los objetivos de me gusta ("al llegar a 10K me gusta revelamos...") la aumentan.</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Compartidos ÷ espectadores.</translation>
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation>Alcance gratuito: pide que compartan cuando la oferta merezca contársela a los amigos.</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Pedidos de SKU pagados ÷ pedidos de SKU creados.</translation>
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation>Baja: los compradores abandonan en el pago; revisa los métodos de pago y los gastos de envío que se muestran tarde, y recuerda a los compradores que completen su pedido.</translation>
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation>Retorno de la inversión publicitaria: GMV de anuncios ÷ gasto en anuncios (1,8× = 180 %).</translation>
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation>Por debajo del punto de equilibrio de tu margen, los anuncios pierden dinero aunque el GMV crezca.</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV dividido entre las horas del periodo.</translation>
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation>Compara transmisiones de distinta duración; úsalo para decidir cuánto tiempo seguir en vivo.</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Impresiones LIVE divididas entre las horas del periodo.</translation>
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation>Muestra cuánto tráfico da TikTok a la transmisión a lo largo del tiempo; si el ritmo cae al final de una transmisión, conviene terminar antes.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>multiplicador</translation>
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation>▲ cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation>▼ cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tráfico exprés</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Todas las métricas</translation>
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation>{metric} ÷ horas</translation>
    </message>
    <message>
        <source>highest {metric}</source>
        <translation>máximo de {metric}</translation>
    </message>
    <message>
        <source>mean {metric}</source>
        <translation>media de {metric}</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>Dirección buena</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarla</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Grupo: {group}</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>Fórmula: {formula}</translation>
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation>En las exportaciones de Seller Center: {labels}</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation>Tráfico exprés</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Todas las métricas</translation>
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation>Buscar métricas: nombre, significado o consejo (p. ej., “CTOR”, “portada”)</translation>
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation>Ninguna métrica coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>How to use it:</source>
        <translation>Cómo usarla:</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to the LIVE.</source>
        <translation>Valor de los pedidos pagados atribuidos a la transmisión.</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Artículos vendidos</translation>
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation>Unidades vendidas durante la transmisión.</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pedidos de SKU</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation>Líneas de pedido pagadas, una por SKU.</translation>
    </message>
    <message>
        <source>Main orders</source>
        <translation>Pedidos principales</translation>
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation>Pedidos principales pagados.</translation>
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation>Pedidos de SKU creados</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Pedidos de SKU realizados, pagados o no.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation>Compradores únicos que pagaron.</translation>
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation>Impresiones LIVE</translation>
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation>Veces que la transmisión se mostró en una tarjeta del feed o en una vista previa.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation>Entradas en la sala de la transmisión; las revisitas cuentan.</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation>Espectadores únicos.</translation>
    </message>
    <message>
        <source>Current viewers</source>
        <translation>Espectadores actuales</translation>
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation>Espectadores en la sala en este momento.</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>Impresiones de productos</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation>Veces que se mostraron tarjetas de producto en la transmisión.</translation>
    </message>
    <message>
        <source>Product clicks</source>
        <translation>Clics en productos</translation>
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation>Clics que abrieron la página de detalles de un producto durante la transmisión.</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>Añadidos al carrito</translation>
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation>Productos añadidos a un carrito desde la transmisión.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Comentarios publicados en la transmisión.</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation>Me gusta (toques) en la transmisión.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Veces que se compartió la transmisión.</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Nuevos seguidores</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Cuentas que empezaron a seguirte durante la transmisión.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation>Regalos enviados por los espectadores.</translation>
    </message>
    <message>
        <source>Total watch time</source>
        <translation>Tiempo total de visualización</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation>Segundos vistos por todos los espectadores.</translation>
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation>Visualizaciones &gt; 1 min</translation>
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation>Visualizaciones de más de un minuto.</translation>
    </message>
    <message>
        <source>Ads cost</source>
        <translation>Gasto en anuncios</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation>Gasto en promoción de pago de la transmisión.</translation>
    </message>
    <message>
        <source>Ads GMV</source>
        <translation>GMV de anuncios</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV atribuido a la promoción de pago.</translation>
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation>Pico de espectadores (PCU)</translation>
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation>Número máximo de espectadores simultáneos.</translation>
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation>Promedio de espectadores (ACU)</translation>
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation>Número medio de espectadores simultáneos.</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation>Tasa de entrada (ERR)</translation>
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation>Tasa de entrada a la sala: visualizaciones ÷ impresiones LIVE.</translation>
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation>CTR LIVE</translation>
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation>Clics en productos ÷ visualizaciones.</translation>
    </message>
    <message>
        <source>Product CTR</source>
        <translation>CTR de producto</translation>
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation>Clics en productos ÷ impresiones de productos.</translation>
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation>CTOR (pedidos de SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation>Pedidos de SKU ÷ clics en productos.</translation>
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation>CTOR (pedidos principales)</translation>
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation>Pedidos principales ÷ clics en productos.</translation>
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation>Tasa de pedidos (pedidos de SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation>Pedidos de SKU ÷ visualizaciones.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation>Clientes ÷ espectadores.</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM de visualización</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV por cada 1000 visualizaciones.</translation>
    </message>
    <message>
        <source>Show GPM</source>
        <translation>GPM de impresión</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV por cada 1000 impresiones LIVE.</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Precio medio</translation>
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation>GMV ÷ pedidos principales.</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Duración media de visualización</translation>
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation>Tiempo medio de visualización por espectador único.</translation>
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation>Duración media por visualización</translation>
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation>Tiempo medio de visualización por visualización.</translation>
    </message>
    <message>
        <source>Comment rate</source>
        <translation>Tasa de comentarios</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Comentarios ÷ espectadores.</translation>
    </message>
    <message>
        <source>Follow rate</source>
        <translation>Tasa de seguimiento</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Nuevos seguidores ÷ espectadores.</translation>
    </message>
    <message>
        <source>Like rate</source>
        <translation>Tasa de me gusta</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Me gusta ÷ espectadores.</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>Tasa de compartidos</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Compartidos ÷ espectadores.</translation>
    </message>
    <message>
        <source>Payment rate</source>
        <translation>Tasa de pago</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Pedidos de SKU pagados ÷ pedidos de SKU creados.</translation>
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation>ROI de GMV Max</translation>
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation>GMV de anuncios ÷ gasto en anuncios.</translation>
    </message>
    <message>
        <source>GMV per hour</source>
        <translation>GMV por hora</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV dividido entre las horas del periodo.</translation>
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation>Impresiones por hora</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Impresiones LIVE divididas entre las horas del periodo.</translation>
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation>OBS envía el estado de la emisión (tasa de bits, fotogramas perdidos, congestión, CPU) durante una transmisión, y sus grabaciones, que se convierten en la repetición de la transmisión. En OBS abre &lt;b&gt;Herramientas → Configuración del servidor WebSocket&lt;/b&gt; y marca &lt;b&gt;Habilitar servidor WebSocket&lt;/b&gt;; &lt;b&gt;Mostrar información de conexión&lt;/b&gt; indica el puerto y la contraseña.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation>Leer el estado de la emisión y las grabaciones mientras LiveDesk se ejecuta</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation>OBS no sabe qué transmisión de TikTok LIVE emite: LiveDesk añade sus cifras a la transmisión en curso — la de la sala de TikTok LIVE cuando se recibe una; si no, la transmisión que tienes abierta si está en curso; si no, la transmisión en curso más reciente. Durante la transmisión aparecen bajo las tarjetas de Métricas clave. Cuando una grabación se detiene, su archivo se convierte en la repetición de esa transmisión.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>guardada — déjala vacía para conservarla</translation>
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation>vacía si la autenticación está desactivada en OBS</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Error de conexión: {reason}</translation>
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation>Conectado a OBS en {url}: {stream}, {record}.</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>emitiendo</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>sin emitir</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabando</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>sin grabar</translation>
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation>¿Dejar de leer OBS y olvidar su configuración y contraseña?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>Hours live</source>
        <translation>Horas en vivo</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Duración media de visualización</translation>
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation>Transmisiones emitidas durante el rango</translation>
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation>Horas de emisión dentro del rango, sumadas entre transmisiones</translation>
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation>Valor de los pedidos pagados en el rango</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation>Entradas en la sala de la transmisión; las revisitas cuentan</translation>
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation>Espectadores únicos, sumados entre transmisiones</translation>
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation>Clientes ÷ espectadores en el rango (cociente de las sumas)</translation>
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation>Tiempo total de visualización ÷ espectadores en el rango</translation>
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation>Hoy: incompleto</translation>
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation>El rango incluye hoy, cuyos datos aún están llegando</translation>
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation>{change} vs. anterior</translation>
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation>El periodo anterior de la misma duración no tiene datos con los que comparar</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation>Cambio respecto al periodo anterior de la misma duración ({value})</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Qué muestran las barras</translation>
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation>Barra rayada: hoy, incompleto</translation>
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation>No hay datos de transmisiones en este rango.</translation>
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation>Leyendo los datos del rango…</translation>
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation>Hoy: incompleto, los datos aún están llegando</translation>
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation>Se ve en los feeds, pero pocos entran</translation>
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation>Los espectadores miran, pero rara vez abren productos</translation>
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation>Se hace clic en los productos, pero rara vez se compran</translation>
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation>Los espectadores se van rápido</translation>
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation>Las ventas dependen de un solo producto</translation>
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation>Revisa la portada y el título de tu transmisión: muestra el producto y la oferta, usa un rostro claro y una promesa breve. Transmitir cuando tus seguidores están activos también ayuda.</translation>
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation>Fija el producto del que hablas, muéstralo a la cámara, di el precio e invita a los espectadores a tocar la bolsa de compras.</translation>
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation>Revisa el precio, los cupones, los gastos de envío, el inventario y la página del producto (fotos, reseñas). Una oferta por tiempo limitado puede convencer a los compradores indecisos.</translation>
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation>Trabaja el contenido: empieza con un gancho, haz demostraciones en lugar de enumerar, responde los comentarios por su nombre y mantén un ritmo de pequeños momentos (sorteos, revelaciones).</translation>
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation>Tu GMV depende de un solo producto. Destaca otros productos junto a él (packs, venta cruzada) para que un agotamiento de inventario o un cambio de precio no detenga las ventas.</translation>
    </message>
    <message>
        <source>the market average</source>
        <translation>promedio del mercado</translation>
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation>tu promedio de los 30 días anteriores</translation>
    </message>
    <message>
        <source>a usual minimum</source>
        <translation>mínimo habitual</translation>
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation>“{product}” generó {share} del GMV de los productos ({gmv} de {total}, {n} productos mostrados).</translation>
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation>{metric} es {value}, frente a {reference} ({reference_kind}; {figures}).</translation>
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <source>Product conversion</source>
        <translation>Conversión por producto</translation>
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation>Días completos en la zona horaria de los informes; los últimos 7 y 30 días incluyen hoy</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Último día (incluido)</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>Hora exacta</translation>
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation>Indica el inicio y el fin al minuto en lugar de días completos</translation>
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation>Inicio (incluido), en la zona horaria de los informes</translation>
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation>Fin (excluido), en la zona horaria de los informes</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation>Zona horaria de los informes: en ella se calculan los límites de los días y las horas. Escribe para buscar, p. ej., “Jakarta”.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Archivo CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Libro de Excel…</translation>
    </message>
    <message>
        <source>Conversion by product</source>
        <translation>Conversión por producto</translation>
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation>Los clics pueden superar a las conversiones: se cuenta un clic por cada toque en la tarjeta del producto y una conversión por cada pedido pagado. Un mismo comprador suele tocar varias veces, y hay carritos abandonados o sin pagar. CTOR = pedidos ÷ clics en productos, sumados entre las transmisiones del rango.</translation>
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation>Transmisiones que empezaron en el rango. Haz doble clic o presiona Enter en una transmisión para abrirla.</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>Referencia de métricas</translation>
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation>
            <numerusform>Sugerencias (%n)</numerusform>
            <numerusform>Sugerencias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>Mostrando {range}</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>comparado con {previous}</translation>
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation>hoy está incompleto (datos hasta {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation>
            <numerusform>%n transmisión en otra moneda excluida de los totales de dinero</numerusform>
            <numerusform>%n transmisiones en otra moneda excluidas de los totales de dinero</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>La exportación no está disponible</translation>
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation>Aún se están leyendo los datos del rango</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation>Exporta el resumen (rango, zona horaria, una fila por día y los totales) como CSV o Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation>No se pudo exportar el resumen: {error}</translation>
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation>Resumen exportado a {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Duración media de visualización</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Pico de espectadores</translation>
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation>No hay ningún producto fijado en este momento</translation>
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation>PRODUCTO FIJADO</translation>
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation>PRODUCTO FIJADO · desde {clock}</translation>
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation>GMV {gmv}   Pedidos {orders}   Clics {clicks}</translation>
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation>Esta fuente no tiene cifras de este producto</translation>
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation>Haz clic para saltar al momento en que se fijó ({clock})</translation>
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation>Fijado ahora, desde {since} · fijaciones en esta transmisión: %n</translation>
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation>Fijaciones en esta transmisión: %n
Haz clic para reproducir desde su fijación en {since}.</translation>
    </message>
    <message>
        <source>No impressions yet</source>
        <translation>Aún no hay impresiones</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Aún no hay clics</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Artículos vendidos</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pedidos de SKU</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CTOR</source>
        <translation>CTOR</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>Añadidos al carrito</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Fijaciones</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation>Clics ÷ impresiones</translation>
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation>Pedidos de SKU ÷ clics</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Buscar por nombre o SKU</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Elige las columnas que se muestran</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>No hay datos de productos para esta transmisión. El rendimiento de los productos proviene de la API de TikTok Shop o de un paquete de LiveDesk.</translation>
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation>No hay ningún producto fijado ahora</translation>
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation>
            <numerusform>Productos fijados en esta transmisión: %n</numerusform>
            <numerusform>Productos fijados en esta transmisión: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation>Fijado ahora: {name} — desde {since} · el LIVE desde que se fijó: clics {clicks} · pedidos {orders} · GMV {gmv} · CTR {ctr}</translation>
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation>Reloj de la transmisión; dura {length} y se compara con los {length} inmediatamente anteriores</translation>
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation>No hay ningún producto vinculado a esta promoción</translation>
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation>El producto {id} no está en la lista de productos de esta transmisión</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation>No hay datos del periodo de la promoción</translation>
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation>No hay datos del periodo anterior a la promoción</translation>
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation>No hay nada antes de la promoción con lo que comparar (0)</translation>
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation>Durante el periodo: {during}
La misma duración antes: {before}</translation>
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation>No se muestra el cambio: {why}</translation>
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation>Incremental, según la fuente: {n}</translation>
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation>{during} vs. {before} ({change})</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation>El periodo, o el anterior, aún no está completo en los datos: las cifras pueden cambiar</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pedidos de SKU</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation>Promociones y sorteos</translation>
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation>Impresiones, visualizaciones y pedidos de SKU durante cada promoción frente al periodo de igual duración inmediatamente anterior (y el cambio). Haz clic en una fila para llevar la repetición al inicio de la promoción.</translation>
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation>No hay promociones en esta transmisión. Los sorteos y las ofertas relámpago provienen de la demo, de un paquete de LiveDesk o de una nota manual.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar &amp;ubicación del enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation>Toda la transmisión</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>Últimos 30 min</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>Últimos 5 min</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>Retroceder 5 segundos (←)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>Avanzar 5 segundos (→)</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation>Posición en la transmisión: arrastra o haz clic para saltar</translation>
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation>Doble clic para pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● EN VIVO</translation>
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation>Seguir la transmisión en vivo: los comentarios más recientes y el producto fijado ahora (pausa la repetición)</translation>
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation>Cambia el video por una lista con búsqueda de todos los comentarios, y viceversa</translation>
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation>Buscar comentarios por texto o usuario</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Repetición LIVE</translation>
    </message>
    <message>
        <source>Attach video…</source>
        <translation>Adjuntar video…</translation>
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation>Elige la grabación de esta transmisión y alinéala con su reloj</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Mostrar video</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Todos los comentarios</translation>
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation>Comentarios a medida que llegan (haz clic en uno para saltar a él)</translation>
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation>Comentarios hasta el momento de la repetición (haz clic en uno para saltar a él)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>{total} comments</source>
        <translation>{total} comentarios</translation>
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation>Esta transmisión aún no tiene repetición. Adjunta una grabación (de OBS o una repetición descargada) para verla junto a los gráficos.</translation>
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation>Falta el archivo de la repetición: {path}</translation>
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation>No se pudo preparar la repetición: {error}</translation>
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation>La reproducción de video necesita VLC: instala VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Detalles: {why}</translation>
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation>Preparando el video de repetición de la demo (solo la primera vez)…</translation>
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation>Importar una exportación de Seller Center</translation>
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation>“{file}” no indica a qué cuenta pertenecen sus transmisiones ({n} en el archivo). Elige la cuenta (un usuario de TikTok como @mitienda) y comprueba la moneda y la zona horaria del archivo.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@usuario</translation>
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation>Indicada en las columnas de dinero del archivo.</translation>
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation>Detectada a partir de los símbolos de moneda del archivo ({currency}); cámbiala si no es correcta.</translation>
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation>El archivo no lo indica; elige la moneda de sus columnas de dinero.</translation>
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation>Las horas del archivo se leen en esta zona horaria (predeterminada: la de la cuenta o, si no, la de este equipo, {tz}).</translation>
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation>Se ignoran las columnas que LiveDesk no conoce: {columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation>Elige la cuenta a la que pertenecen las transmisiones.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>La moneda debe ser un código de tres letras, como USD.</translation>
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation>“{tz}” no es una zona horaria conocida (usa un nombre como Asia/Jakarta o UTC).</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation>Filtrar la lista de transmisiones por fecha, cuenta, estado o texto ({key})</translation>
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation>Filtro ({shown}/{total})</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation>Filtrar la lista de transmisiones</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation>Título, anfitrión, cuenta o ID de la transmisión</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation>Solo transmisiones que empezaron este día o después</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation>Solo transmisiones que empezaron este día o antes</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Live and ended</source>
        <translation>En vivo y finalizadas</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En vivo ahora</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation>Volver a mostrar todas las transmisiones</translation>
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation>{shown} de {total} transmisiones en la lista</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation>● En vivo ahora · {title} · desde {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation>Cuentas y &amp;fuentes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation>El idioma de toda la ventana; los números, los importes y las fechas también lo siguen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation>&amp;Actualización de pantalla:</translation>
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation>Una vez por segundo (menos CPU)</translation>
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation>
            <numerusform>%n vez por segundo</numerusform>
            <numerusform>%n veces por segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation>Con qué frecuencia los gráficos y las tarjetas redibujan lo que cambió mientras una transmisión está en curso. Los datos en vivo llegan una vez por segundo, elijas lo que elijas.</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>&amp;Zona horaria de informes:</translation>
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation>La zona horaria de cada cuenta</translation>
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation>La zona horaria en la que el Resumen cuenta los días; escribe para buscar</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>&amp;Usar la predeterminada</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation>Las fuentes de datos no se pueden configurar en esta ventana.</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation>“{text}” no es una zona horaria; elige una de la lista, p. ej., Asia/Jakarta</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation>LiveDesk usará esta carpeta a partir del próximo inicio. Tus datos permanecen en {old}: copia livedesk.sqlite3 y la carpeta appeals a la nueva carpeta para conservarlos.</translation>
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation>Aquí se guardan la caché de tus transmisiones (livedesk.sqlite3) y las pruebas de las apelaciones.</translation>
    </message>
</context>
<context>
    <name>Shares</name>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation>{measure} de todos los canales: {total}</translation>
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation>{measure}: {value} de {total}
Proporción exacta: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>% GMV</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>% impr.</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>% visualiz.</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Fuente de tráfico</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>Proporción del GMV</translation>
    </message>
    <message>
        <source>Share of impressions</source>
        <translation>Proporción de impresiones</translation>
    </message>
    <message>
        <source>Share of views</source>
        <translation>Proporción de visualizaciones</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pedidos de SKU</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Precio medio</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (no oficial)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation>LiveDesk guarda los secretos de apps, los tokens y las contraseñas solo en el llavero del sistema (Administrador de credenciales de Windows, Llavero de macOS, Secret Service o KWallet), nunca en un archivo, así que sin él no puede conservarlos después de cerrarse.</translation>
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation>Conservar los secretos solo durante esta sesión (tendrás que volver a introducirlos la próxima vez)</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation>Guardado. Los secretos están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation>Guardado. Los secretos se conservan en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation>&lt;b&gt;No oficial.&lt;/b&gt; Los eventos de la sala de TikTok LIVE — espectadores, comentarios, me gusta, regalos, seguimientos, compartidos y productos fijados, en tiempo real — llegan a través de la biblioteca de terceros TikTokLive, que lee la conexión LIVE de TikTok sin la aprobación de TikTok. Necesita el extra opcional (&lt;code&gt;{hint}&lt;/code&gt;) y un servidor de firmas de terceros (Euler Stream) en internet, y puede dejar de funcionar en cualquier momento si TikTok cambia algo. Las cifras oficiales (GMV, pedidos, productos) provienen de la página de TikTok Shop.</translation>
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation>No disponible: la biblioteca TikTokLive no está instalada. Instala el extra opcional con {hint} (o `uv sync --extra tiktok` en una copia del código fuente) y reinicia LiveDesk.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Sign server API key</source>
        <translation>Clave API del servidor de firmas</translation>
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation>@creador, o la dirección de la transmisión</translation>
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation>opcional: una clave de Euler Stream aumenta los límites del servidor de firmas</translation>
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation>Recibir los eventos de esta sala mientras LiveDesk se ejecuta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation>LiveDesk se conecta cuando el creador inicia una transmisión y vuelve a comprobarlo cada minuto mientras no está en vivo. El servidor de firmas limita cuántas conexiones se inician: cuando se alcanza su límite, LiveDesk espera y reintenta por sí solo (el estado indica cuánto tiempo); una clave API de Euler Stream aumenta el límite. La transmisión de la sala y la misma transmisión de TikTok Shop se muestran como una sola transmisión.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>guardada — déjala vacía para conservarla</translation>
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation>Escribe el @usuario del creador.</translation>
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation>¿Dejar de recibir la sala de TikTok LIVE y olvidar su configuración?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clave de la app</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la app</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>Autorizar con</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>Base de la API</translation>
    </message>
    <message>
        <source>Token host</source>
        <translation>Host de tokens</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>an authorization code</source>
        <translation>un código de autorización</translation>
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation>tokens de acceso y de actualización</translation>
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation>p. ej., mitienda (letras, dígitos, _ . -)</translation>
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation>de Partner Center → App &amp; Service → tu app</translation>
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation>el código del enlace de autorización del vendedor (de un solo uso)</translation>
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation>opcional: nombre o ID, si el vendedor autorizó varias tiendas</translation>
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation>Sincronizar esta cuenta mientras LiveDesk se ejecuta</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation>Canjea el código o renueva los tokens, y busca la tienda</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation>&lt;b&gt;Cómo conectar una tienda:&lt;/b&gt; en TikTok Shop Partner Center, crea una app con el alcance Shop Analytics y copia su clave y su secreto. El vendedor abre el enlace de autorización de la app; pega aquí el código que devuelve (funciona una sola vez, durante unos 30 minutos) y presiona Guardar: LiveDesk lo canjea por tokens, encuentra la tienda y mantiene los tokens actualizados. La región determina la zona horaria y la moneda de la tienda. Los datos de las transmisiones llegan a medida que TikTok los publica: las cifras del día en pocos minutos, los detalles de una transmisión uno o dos días después.</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>guardado en el llavero — déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation>conservado durante esta sesión — déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Inactiva: desactivada</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>Tienda: {shop}</translation>
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation>¿Eliminar la cuenta de TikTok Shop “{name}” y borrar sus secretos del llavero?</translation>
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation>El nombre de la cuenta puede usar letras, dígitos, “_”, “.” y “-” (hasta 64).</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>Ya existe una cuenta llamada “{name}”.</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>Escribe la clave de la app.</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>Escribe el secreto de la app.</translation>
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation>Escribe el código de autorización, o los tokens de acceso y de actualización.</translation>
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation>Conectado: tienda “{shop}” ({region}).</translation>
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation>Otras tiendas autorizadas: {names}.</translation>
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation>Guarda para conservar los nuevos tokens.</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Error de conexión: {reason}</translation>
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation>Distribución por fuente de tráfico</translation>
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation>Redondeado para sumar 100 % por columna; pasa el cursor para ver los valores exactos.</translation>
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation>Las proporciones se redondean con el método del mayor resto, de modo que los valores redondeados de cada columna suman exactamente 100 %.</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation>No hay datos de fuentes de tráfico para esta transmisión. Las proporciones por canal provienen de la API de TikTok Shop (cuentas oficiales y de marketing) o de un paquete de LiveDesk.</translation>
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation>Fuentes de tráfico de esta transmisión</translation>
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation>Tráfico de videos a esta transmisión</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>No hay datos de fuentes de tráfico para esta transmisión.
El desglose por canal proviene de la API de TikTok Shop (cuentas oficiales y de marketing) o de un paquete de LiveDesk.</translation>
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation>Marca hasta {n} canales (haz clic en la casilla o presiona Espacio) para compararlos en el gráfico. La fila del total queda siempre al final, sea cual sea el orden.</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>Comparación de canales</translation>
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation>&amp;Métrica del gráfico:</translation>
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation>Lo que el gráfico dibuja para cada canal marcado, por minuto</translation>
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation>Marca hasta {n} canales en la tabla (Espacio marca o desmarca la fila seleccionada). Los valores son por minuto; un final punteado es un minuto aún incompleto. Haz clic en el gráfico para llevar la repetición a ese momento.</translation>
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation>Tráfico de videos a la transmisión</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation>Ordena los videos por el tráfico o las ventas que aportaron</translation>
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation>No hay tráfico de videos para esta transmisión.
Los videos cortos que atrajeron espectadores provienen de la API de TikTok Shop o de un paquete de LiveDesk.</translation>
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>No hay tendencia por canal para esta transmisión.
Las series temporales por canal provienen de la API de TikTok Shop (cuentas oficiales y de marketing) o de un paquete de LiveDesk.</translation>
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation>No hay ningún canal marcado.
Marca hasta {n} canales en la tabla de arriba para comparar sus tendencias.</translation>
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation>“{channel}” no se marcó: el gráfico compara como máximo {n} canales. Desmarca uno primero.</translation>
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation>Ningún canal infrautilizado: ninguno de los canales con una proporción de impresiones inferior a la mediana tiene una tasa de entrada o de conversión al menos {ratio} mejor que el promedio de esta transmisión.</translation>
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation>tiene una tasa de entrada {ratio} mejor que el promedio ({rate} frente a {average})</translation>
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation>convierte clics en pedidos {ratio} mejor que el promedio (CTOR {rate} frente a {average})</translation>
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation>convierte visualizaciones en pedidos {ratio} mejor que el promedio (tasa de pedidos {rate} frente a {average})</translation>
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation>Canal infrautilizado: {channel} {what}, pero solo aporta {share} de las impresiones (mediana de los canales: {median}); conviene enviar más tráfico a través de él.</translation>
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Orgánico</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation>Todos los canales: {value}</translation>
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation>{value} de {total}
Proporción exacta: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>% impr.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>% visualiz.</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>% GMV</translation>
    </message>
    <message>
        <source>Tap-through</source>
        <translation>Tasa de entrada</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CTOR</source>
        <translation>CTOR</translation>
    </message>
    <message>
        <source>Order rate</source>
        <translation>Tasa de pedidos</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM de visualización</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pedidos de SKU</translation>
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation>Fuente de tráfico; marca hasta 5 canales para comparar sus tendencias en el gráfico</translation>
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation>Tráfico de pago (anuncios, promoción) u orgánico</translation>
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation>Impresiones: veces que la transmisión se mostró a través de este canal</translation>
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation>Proporción de las impresiones de la transmisión</translation>
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation>Entradas en la sala de la transmisión (las revisitas cuentan)</translation>
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation>Proporción de las visualizaciones de la transmisión</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation>Valor de los pedidos pagados atribuidos a este canal</translation>
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation>Proporción del GMV de la transmisión</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation>Tasa de entrada (ERR, tasa de entrada a la sala): visualizaciones ÷ impresiones</translation>
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation>CTR LIVE: clics en productos ÷ visualizaciones</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation>Tasa de clic a pedido: pedidos de SKU ÷ clics en productos</translation>
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation>Tasa de pedidos: pedidos de SKU ÷ visualizaciones</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV por cada 1000 visualizaciones</translation>
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation>Clics en productos: clics que abrieron la página de detalles de un producto</translation>
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation>Líneas de pedido por SKU</translation>
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation>Marca para comparar este canal en el gráfico (hasta {n} canales)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation>Producto fijado</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>LIVE ended</source>
        <translation>Transmisión finalizada</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation>Eje &amp;izquierdo:</translation>
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation>Eje &amp;derecho:</translation>
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation>Haz clic en un marcador o en un punto de una curva para llevar la repetición a ese momento. Arrastra la banda de la franja bajo el gráfico, o sus bordes, para elegir un rango personalizado. Las métricas acumulables se muestran por minuto transcurrido.</translation>
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation>Toda la transmisión: arrastra la banda o sus bordes para elegir el rango que se muestra</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Marcadores:</translation>
    </message>
    <message>
        <source>Product pin</source>
        <translation>Producto fijado</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation>Promoción / sorteo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation>Mostrar u ocultar los marcadores “{kind}”</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation>Añade una nota en el momento actual (M): la posición de la repetición si la moviste o, si no, los datos más recientes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Exporting the trend data…</source>
        <translation>Exportando los datos de tendencias…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation>Personalizado: {start} – {end}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation>Nota en {clock} (reloj de la transmisión):</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>No se pudo guardar la nota: {error}</translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>La exportación no está disponible</translation>
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation>Abre una transmisión para exportar sus datos de tendencias</translation>
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation>La exportación estará disponible cuando termine la transmisión (aún están llegando sus datos).</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation>Exporta los datos de tendencias de esta transmisión como tabla: una fila por minuto, todas las métricas y los eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export trend data</source>
        <translation>Exportar datos de tendencias</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>No se pudo iniciar la exportación: hay otra exportación en curso.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error en la exportación: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation>Separar fuentes fusionadas</translation>
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation>LiveDesk muestra como una sola transmisión la misma transmisión vista por varias fuentes: las empareja por el ID de transmisión de la plataforma o, si no, por el creador y la hora. Si una fuente se fusionó por error con esta transmisión, sepárala: sus cifras, comentarios, eventos y productos pasan a una transmisión independiente, y LiveDesk no volverá a fusionar las dos.</translation>
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation>Transmisión: {title} (iniciada el {start})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>LIVE id</source>
        <translation>ID de transmisión</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Coincidencia por</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation>Leyendo las fuentes fusionadas…</translation>
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation>No hay otra fuente fusionada con esta transmisión: no hay nada que separar.</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation>Devuelve a la transmisión de la fuente seleccionada su propio lugar en la lista de transmisiones</translation>
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation>el mismo ID de transmisión</translation>
    </message>
    <message>
        <source>the same creator and time</source>
        <translation>el mismo creador y la misma hora</translation>
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation>¿Separar {source} ({account}, transmisión {live}) de esta transmisión?

Todo lo que envió pasa a una transmisión independiente, y LiveDesk no volverá a fusionar las dos.</translation>
    </message>
    <message>
        <source>Separating…</source>
        <translation>Separando…</translation>
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation>Separada: la transmisión {live} de {source} es ahora una transmisión independiente ({rows} filas movidas).</translation>
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation>No se pudo separar: {reason}</translation>
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation>Se&amp;parar fuentes fusionadas…</translation>
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation>Deshace una fusión incorrecta: convierte en una transmisión independiente la transmisión de una fuente que se fusionó con la transmisión mostrada</translation>
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation>Primero abre una transmisión: sus fuentes fusionadas se separan de ella.</translation>
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation>La separación de fuentes fusionadas no está disponible.</translation>
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation>La transmisión {live} de {source} se separó de esta transmisión.</translation>
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Esta fuente no lo proporciona</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation>Posición según la cifra elegida en “Ordenar por”</translation>
    </message>
    <message>
        <source>The short video's title</source>
        <translation>Título del video corto</translation>
    </message>
    <message>
        <source>When the video was posted</source>
        <translation>Cuándo se publicó el video</translation>
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation>Impresiones: impresiones LIVE que llegaron a través de este video</translation>
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation>Entradas en la sala de la transmisión desde este video</translation>
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation>GMV atribuido a los espectadores que llegaron desde este video</translation>
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <source>{start} – {end} · {policy}</source>
        <extracomment>Seconds of context a clip plays before and after the violation window.</extracomment>
        <translation>{start} – {end} · {policy}</translation>
    </message>
    <message>
        <source>High severity</source>
        <translation>Gravedad alta</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>Gravedad media</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>Gravedad baja</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Consecuencia:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation>Apelación: {status} ({when}){note}</translation>
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation>Apelación: {status}</translation>
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation>▶ Reproducir clip</translation>
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation>Reproduce este momento en la repetición, con {s} s antes y después</translation>
    </message>
    <message>
        <source>Go to moment</source>
        <translation>Ir al momento</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>Apelar…</translation>
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation>Continuar apelación…</translation>
    </message>
    <message>
        <source>View appeal…</source>
        <translation>Ver apelación…</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation>Sin apelar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation>Tiempo en la transmisión</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation>Aún sin conectar: guarda la configuración para iniciar esta fuente</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Inactiva: desactivada</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation>No hay ningún llavero del sistema disponible: marca “Conservar los secretos solo durante esta sesión” arriba, o instala un llavero, para guardar contraseñas y tokens.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>No se pudo cargar la traducción para {lang}.</translation>
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation>No se pudo adjuntar el video: {error}</translation>
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation>Video adjuntado: {name}</translation>
    </message>
</context>
</TS>