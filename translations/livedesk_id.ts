<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation>kebijakan, alasan, siaran, atau akun</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation>Kebi&amp;jakan:</translation>
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation>Ban&amp;ding:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>Tan&amp;ggal dari</translation>
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation>Klik dua kali pada pelanggaran (atau tekan Enter) untuk membuka siarannya pada momen tersebut.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Semua kebijakan</translation>
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation>Tidak ada pelanggaran dalam data tersimpan</translation>
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation>{shown} dari {total} pelanggaran</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Banding</translation>
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation>Banding — {policy}</translation>
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation>&amp;Banding Anda (apa yang terjadi, mengapa konten ini sesuai aturan):</translation>
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation>Jelaskan mengapa pelanggaran ini harus dicabut…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bukti:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation>&amp;Kirim banding</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation>Simpan banding beserta pelanggaran, riwayat, dan buktinya sebagai .zip</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>Tandai &amp;diterima</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>Tandai di&amp;tolak</translation>
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation>Sumber data siaran ini tidak menerima banding: LiveDesk menyimpan banding sebagai catatan lokal. Ekspor banding, ajukan ke platform, lalu catat keputusannya di sini.</translation>
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation>Memuat pelanggaran…</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekuensi</translation>
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation>{status} — disimpan {time}</translation>
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation>{status} — belum disimpan</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation>Belum ada langkah: draf pertama disimpan saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Tidak dapat menyimpan: {reason}</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>Pilih bukti</translation>
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation>Gambar, video, dan dokumen (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export the appeal</source>
        <translation>Ekspor banding</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Arsip zip (*.zip)</translation>
    </message>
    <message>
        <source>recorded by the user</source>
        <translation>dicatat oleh pengguna</translation>
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation>Lampirkan video</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>masih berlangsung</translation>
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation>Pilih rekaman “{title}” (dimulai {when}, {length}): rekaman OBS atau tayangan ulang yang diunduh. Lalu tentukan kapan video dimulai dalam siaran, atau cocokkan dengan momen yang Anda kenali.</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation>Berkas video, atau URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Line up a moment</source>
        <translation>Cocokkan momen</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation>Pindah ke bingkai yang waktu siarannya Anda ketahui</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Mundur satu detik</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>One second forward</source>
        <translation>Maju satu detik</translation>
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation>&amp;Bingkai ini pada waktu siaran:</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>j:mm:dd</translation>
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation>Waktu siaran pada bingkai yang ditampilkan (waktu sejak siaran dimulai)</translation>
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation>&amp;Cocokkan</translation>
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation>Hitung waktu mulai video dari bingkai ini</translation>
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation>Video &amp;mulai pada waktu siaran:</translation>
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation>±j:mm:dd</translation>
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation>Negatif jika rekaman dimulai sebelum siaran</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation>Pilih berkas video.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation>Ketik waktu mulai video dalam format ±j:mm:dd, mis. -0:00:05.</translation>
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation>Pilih video siaran</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Video ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation>Ketik waktu siaran bingkai tersebut dalam format j:mm:dd, mis. 0:12:30.</translation>
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation>Video tidak dapat ditampilkan: {error}</translation>
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation>Pilih video untuk melihat bingkainya di sini.</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>Membuka video…</translation>
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation>Berkas ini tidak dapat diputar: {error}</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation>Pindah ke bingkai yang waktu siarannya Anda ketahui (jam di layar, produk yang Anda sematkan), ketik waktu tersebut di bawah, lalu tekan Cocokkan.</translation>
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation>Rekaman dimulai {d} sebelum siaran (pada {when}).</translation>
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation>Rekaman dimulai {d} setelah siaran berjalan (pada {when}).</translation>
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation>Rekaman dimulai bersamaan dengan siaran (pada {when}).</translation>
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation>Profil audiens</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation>Profil penonton: semua orang yang menonton siaran ini</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation>Profil pelanggan: semua orang yang membeli dalam siaran ini</translation>
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation>Halaman sebelumnya (panah kiri)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation>Halaman berikutnya (panah kanan)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Tidak ada profil audiens untuk siaran ini. Profil penonton dan pelanggan berasal dari TikTok Shop API atau paket LiveDesk.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation>Siaran Anda</translation>
    </message>
    <message>
        <source>Market average</source>
        <translation>Rata-rata pasar</translation>
    </message>
    <message>
        <source>market average</source>
        <translation>rata-rata pasar</translation>
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation>Rata-rata 14 hari Anda</translation>
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation>rata-rata 14 hari Anda sendiri (rata-rata pasar tidak tersedia)</translation>
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation>{metric}: siaran Anda dalam 14 hari terakhir</translation>
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation>Dibandingkan dengan {ref}: {value}.</translation>
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation>Dibandingkan dengan {ref}.</translation>
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation>Tidak ada siaran sebelumnya dalam 14 hari terakhir sebagai pembanding.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation>Feed Untuk Anda</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>Untuk Anda</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Mengikuti</translation>
    </message>
    <message>
        <source>Following feed</source>
        <translation>Feed Mengikuti</translation>
    </message>
    <message>
        <source>LIVE feed</source>
        <translation>Feed LIVE</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Video pendek</translation>
    </message>
    <message>
        <source>Shop tab</source>
        <translation>Tab Shop</translation>
    </message>
    <message>
        <source>LIVE ads</source>
        <translation>Iklan LIVE</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Berbayar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation>Tren: {metric}</translation>
    </message>
    <message>
        <source>Choose the metric</source>
        <translation>Pilih metrik</translation>
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation>Buka di Tren performa</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Ekspres trafik</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Semua metrik</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation>{state} · sinkron terakhir {time}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation>Menunggu batas laju ({s} s)</translation>
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation>Mencoba lagi dalam {s} s</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tidak ada alasan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Sinkron terakhir: {time}</translation>
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation>Siaran ini</translation>
    </message>
    <message>
        <source>All LIVEs</source>
        <translation>Semua siaran</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Kualitas konten</translation>
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation>Pilih siaran untuk melihat pelanggarannya.</translation>
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation>Tidak ada pelanggaran yang tercatat untuk siaran ini.</translation>
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation>Pelanggaran berasal dari platform (TikTok Shop API, banner ruang TikTok LIVE) atau dari paket LiveDesk. Tampilan Semua siaran menampilkan pelanggaran dari setiap siaran yang tersimpan.</translation>
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation>1 pelanggaran dalam siaran ini</translation>
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation>{n} pelanggaran dalam siaran ini</translation>
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation>Putar klip untuk melihat persis apa yang ditandai; ajukan banding selama keputusan masih dapat diubah.</translation>
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation>{clicks} klik, {orders} pesanan dibayar dari {customers} pelanggan dalam {lives} siaran</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
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
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation>Klik produk: ketukan yang membuka halaman produk</translation>
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation>Pembeli yang membayar, dihitung per siaran lalu dijumlahkan</translation>
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation>Pesanan SKU yang dibayar</translation>
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation>Tingkat klik-ke-pesanan: pesanan ÷ klik produk</translation>
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation>Siaran dalam rentang yang menampilkan produk ini</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation>Pasang atau buka penyimpanan kredensial OS (Windows Credential Manager, macOS Keychain, atau Secret Service / KWallet di Linux) agar tetap tersimpan di antara sesi.</translation>
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation>backend penyimpanan kredensial adalah keyring null, yang tidak menyimpan apa pun</translation>
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation>tidak ada backend penyimpanan kredensial OS di sistem ini</translation>
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation>gagal membaca ({error})</translation>
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation>gagal menulis ({error})</translation>
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation>penyimpanan kredensial tidak menyimpan yang ditulis</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>Tidak ada penyimpanan kredensial OS yang berfungsi: {reason} ({backend}). Rahasia disimpan di memori hanya untuk sesi ini dan harus dimasukkan lagi lain kali.</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation>Tidak ada penyimpanan kredensial OS yang berfungsi: {reason} ({backend}).</translation>
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation>Sesuaikan data inti</translation>
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation>Pilih hingga {n} metrik. Metrik ekspres trafik paling memengaruhi seberapa banyak trafik organik yang didapat siaran.</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>Cari metrik…</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Ekspres trafik</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Semua metrik</translation>
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation>Anda dapat menampilkan paling banyak {n} metrik. Hapus centang salah satu untuk memberi tempat bagi “{label}”.</translation>
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation>{n} dari {max} dipilih</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation>Ekspor siaran</translation>
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation>Ekspor “{title}” ({when}, {length}).</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation>Paket LiveDesk, berkas &amp;zip</translation>
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation>Semua yang diketahui LiveDesk tentang siaran ini dalam satu berkas, untuk diarsipkan atau dibagikan. LiveDesk lain dapat membukanya lewat Berkas → Impor.</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation>Paket LiveDesk, &amp;folder</translation>
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation>Isi yang sama dalam bentuk folder berisi berkas CSV dan JSON, untuk alat lain.</translation>
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation>Tabel tren, &amp;CSV</translation>
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation>Satu baris per menit: setiap metrik dan peristiwanya.</translation>
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation>Tabel tren, E&amp;xcel (XLSX)</translation>
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation>Tabel yang sama dalam bentuk buku kerja Excel.</translation>
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation>Sertakan &amp;video tayangan ulang dalam paket</translation>
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation>Menyalin {file} ke dalam paket</translation>
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation>Siaran ini tidak memiliki video tayangan ulang di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Simpan &amp;ke:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Pilih tempat menyimpan hasil ekspor.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} adalah folder; berikan nama berkas.</translation>
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation>{path} adalah berkas; paket folder memerlukan nama folder baru.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation>Simpan folder paket di</translation>
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation>Paket LiveDesk (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} sudah ada. Ganti?</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation>Ekspor tidak tersedia.</translation>
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation>Buka siaran terlebih dahulu: Ekspor siaran menyimpan siaran yang sedang ditampilkan.</translation>
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation>“{title}” masih berlangsung: ekspor setelah siaran berakhir (datanya masih terus masuk).</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ekspor lain sedang berjalan.</translation>
    </message>
    <message>
        <source>Export LIVE</source>
        <translation>Ekspor siaran</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>Ekspor tidak dapat dimulai: ekspor lain sedang berjalan.</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Mengekspor “{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Menulis {what}…</translation>
    </message>
    <message>
        <source>, with the replay video</source>
        <translation>, dengan video tayangan ulang</translation>
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation>Paket diekspor ke {path}: {rows} baris dalam {tables} tabel{video}.</translation>
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation>Tabel tren diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation>Siaran tidak dapat diekspor. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation>Pengikut vs bukan pengikut</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Non-followers</source>
        <translation>Bukan pengikut</translation>
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation>Harga rata-rata: GMV ÷ pesanan utama</translation>
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Tidak ada data pengikut untuk siaran ini. Pembagian pengikut berasal dari TikTok Shop API atau paket LiveDesk.</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation>{segment}: porsi persis {exact}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation>{h}j {m}m</translation>
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation>{m}m {s}d</translation>
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation>{s}d</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation>Kesehatan stream berasal dari OBS (Pengaturan → Sumber → OBS)</translation>
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation>Bitrate keluaran pada pembacaan terakhir. Hijau mulai {good} kbps, kuning mulai {warn} kbps, merah di bawahnya atau saat OBS menyambung ulang.</translation>
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Bingkai yang hilang karena jaringan sejak stream dimulai. Hijau di bawah {warn}, kuning di bawah {bad}, merah mulai {bad}.</translation>
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Tingkat kepadatan keluaran OBS. Hijau di bawah {warn}, kuning di bawah {bad}, merah mulai {bad}.</translation>
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Penggunaan CPU oleh OBS. Hijau di bawah {warn}, kuning di bawah {bad}, merah mulai {bad}.</translation>
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation>Bitrate: menyambung ulang…</translation>
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation>Bitrate {value}</translation>
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation>Bitrate {value} kbps</translation>
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation>Bingkai hilang {value}</translation>
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation>Kepadatan {value}</translation>
    </message>
    <message>
        <source>OBS CPU {value}</source>
        <translation>CPU OBS {value}</translation>
    </message>
</context>
<context>
    <name>HintsView</name>
    <message>
        <source>Hints appear here once the range's data has been read.</source>
        <translation>Saran muncul di sini setelah data rentang ini dibaca.</translation>
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation>Dihitung dari total rentang ini terhadap rata-rata pasar (atau rata-rata Anda sendiri selama 30 hari sebelumnya). Setiap saran menyebutkan angka yang menjadi dasarnya.</translation>
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation>Tidak ada yang menonjol dalam rentang ini: tingkat masuk, LIVE CTR, CTOR, dan durasi tonton mendekati atau di atas pembandingnya, dan penjualan tersebar di beberapa produk.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation>Impor siaran</translation>
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation>Paket LiveDesk dan ekspor Seller Center (*.zip *.xlsx *.xlsm *.csv manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation>Hanya berkas dan folder di komputer ini yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation>Impor tidak tersedia.</translation>
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation>LiveDesk tidak dapat mengimpor ini.</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Impor lain masih berjalan.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation>Impor {name} dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation>Mengimpor {name}…
{what}</translation>
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation>{name} tidak dapat diimpor. Tidak ada bagian yang disimpan.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Impor gagal: {error}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… dan {n} lainnya</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… dan {n} lainnya (lihat detailnya)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Peringatan:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation>Data inti · langsung, diperbarui setiap detik</translation>
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation>Data inti · seluruh siaran</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>Sesuaikan…</translation>
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation>Pilih hingga 16 metrik untuk ditampilkan sebagai kartu</translation>
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation>Tidak disediakan oleh sumber ini ({source})</translation>
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation>Hanya ditampilkan selama siaran berlangsung</translation>
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
        <translation>&amp;Metrik utama</translation>
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation>&amp;Tren performa</translation>
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation>Sumber tra&amp;fik</translation>
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation>&amp;Kualitas konten</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation>&amp;Siaran:</translation>
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation>Pilih siaran: yang sedang berlangsung atau yang sudah lewat</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Tayangan ulang</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation>Buka panduan pengguna (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation>Beralih ke/dari layar penuh (F11)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation>Impor paket LiveDesk (folder atau .zip) atau ekspor Seller Center (.xlsx, .csv); Anda juga dapat menyeretnya ke jendela ini</translation>
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation>&amp;Ekspor siaran…</translation>
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation>Ekspor siaran yang ditampilkan sebagai paket LiveDesk atau tabel tren</translation>
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation>&amp;Lampirkan video…</translation>
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation>Gunakan rekaman (OBS, tayangan ulang yang diunduh) sebagai tayangan ulang siaran yang ditampilkan, diselaraskan dengan waktunya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Sumber…</translation>
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation>Hubungkan akun TikTok Shop, ruang TikTok LIVE, dan OBS</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation>Bahasa, tema, pembaruan layar, zona waktu laporan, dan folder data</translation>
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation>{title} (disembunyikan oleh filter)</translation>
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation>Pilih siaran</translation>
    </message>
    <message>
        <source>Source: —</source>
        <translation>Sumber: —</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Sumber: {source}</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Menghubungkan…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Terhubung</translation>
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation>● Mencoba lagi dalam {s} s</translation>
    </message>
    <message>
        <source>● Failed</source>
        <translation>● Gagal</translation>
    </message>
    <message>
        <source>● Stopped</source>
        <translation>● Dihentikan</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Sinkron terakhir {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation>LIVE {clock}</translation>
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation>Berakhir · {clock}</translation>
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation>Buka siaran terlebih dahulu: video dilampirkan ke siaran yang ditampilkan.</translation>
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation>Lepaskan untuk mengimpor {names}</translation>
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation>Tampilkan tab “{name}”</translation>
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation>Filter daftar siaran</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>Tayangan ulang: putar atau jeda</translation>
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation>Tayangan ulang: mundur atau maju 5 detik</translation>
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation>Tren performa: tambahkan catatan pada momen tayangan ulang</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation>Panduan pengguna LiveDesk</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>Halaman panduan</translation>
    </message>
    <message>
        <source>Manual text</source>
        <translation>Teks panduan</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Metrik utama</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>Tren performa</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Sumber trafik</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Kualitas konten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Replay and comments</source>
        <translation>Tayangan ulang dan komentar</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Impor dan ekspor</translation>
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation>Menghubungkan akun Anda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>Glosarium metrik</translation>
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation>LiveDesk menampilkan angka-angka siaran jualan LIVE Anda: secara langsung selama Anda bersiaran, dan secara rinci setelahnya, dengan video tayangan ulang yang terhubung ke setiap grafik.</translation>
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation>Pilih siaran di daftar di bagian atas ({keys}): siaran yang sedang berlangsung ditandai &lt;b&gt;● Sedang LIVE&lt;/b&gt;, diikuti siaran-siaran sebelumnya, dari yang terbaru. Tombol filter di sebelahnya ({filter}) mempersempit daftar berdasarkan teks, tanggal, akun, dan status.</translation>
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation>Saat pertama kali dijalankan, LiveDesk menjalankan demo bawaan: siaran simulasi yang sedang berlangsung dan siaran-siaran selama 14 hari sebelumnya, sehingga setiap layar dapat dijelajahi sebelum Anda menghubungkan akun. Video tayangan ulangnya menampilkan waktu siaran di setiap bingkai.</translation>
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation>Tidak ada sumber yang menyediakan semua angka. Nilai yang tidak disediakan oleh sumber ditampilkan sebagai —, tidak pernah sebagai 0; panel tanpa data menyebutkan sumber mana yang dapat mengisinya.</translation>
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation>Kartu data inti menampilkan hingga 16 metrik pilihan Anda (&lt;b&gt;Sesuaikan…&lt;/b&gt;). Selama siaran, kartu diperbarui setiap detik; setelahnya, kartu menampilkan seluruh siaran, dengan setiap metrik diagregasi dengan caranya sendiri: suatu tingkat selalu merupakan rasio dari jumlah totalnya.</translation>
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation>Setiap kartu dibandingkan dengan siaran Anda sebelumnya dan dengan rata-rata pasar (atau rata-rata 14 hari Anda sendiri jika rata-rata pasar tidak diketahui). Tiga metrik terburuk diberi bingkai merah; setelah siaran berakhir, arahkan kursor ke salah satunya atau fokuskan dengan Tab untuk melihat nilainya di seluruh siaran Anda dalam 14 hari terakhir.</translation>
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation>Di bawah kartu: tren satu metrik (dipilih dengan tombol ✎), porsi sumber trafik, pengikut dibandingkan bukan pengikut, daftar produk (klik produk untuk melompatkan tayangan ulang ke sematannya), dan profil audiens penonton atau pelanggan.</translation>
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation>Dua metrik dalam satu grafik, satu per sumbu, dengan nilai keduanya ditampilkan di posisi kursor. Penanda menunjukkan sematan produk, pelanggaran, promosi, dan catatan Anda; legenda menyembunyikan atau menampilkan setiap jenisnya. Klik penanda atau titik untuk melompatkan tayangan ulang ke momen tersebut.</translation>
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation>Seluruh siaran, 30 mnt terakhir, dan 5 mnt terakhir memilih rentang; seret pita di bawah grafik untuk rentang lainnya. &lt;b&gt;Tambah catatan&lt;/b&gt; (atau M) menyimpan catatan pada momen tayangan ulang. &lt;b&gt;Ekspor&lt;/b&gt; menyimpan tabel tren sebagai CSV atau Excel setelah siaran berakhir.</translation>
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation>Asal penonton Anda: setiap saluran dengan impresi, tayangan, dan GMV beserta porsinya, tingkat masuk, CTR, CTOR, tingkat pesanan, dan GPM tayangan. Baris Total selalu berada paling bawah, apa pun urutannya.</translation>
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation>Centang hingga lima saluran untuk membandingkan trennya di grafik. Keterangan di bawah tabel menyebutkan saluran yang konversinya bagus tetapi mendapat sedikit trafik.</translation>
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation>Setiap pelanggaran yang ditemukan dalam siaran, beserta kebijakan, alasan, konsekuensi, dan rekomendasinya. &lt;b&gt;Putar klip&lt;/b&gt; memutar momen tersebut beserta beberapa detik sebelum dan sesudahnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation>&lt;b&gt;Ajukan banding…&lt;/b&gt; membuka banding: tulis alasan Anda dan lampirkan bukti; draf disimpan saat Anda mengetik. Tampilan Semua siaran menemukan pelanggaran di seluruh siaran Anda.</translation>
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation>Total dari seluruh siaran Anda untuk rentang hari tertentu, dihitung dalam zona waktu laporan, masing-masing dibandingkan dengan periode sebelumnya yang berdurasi sama; hari ini ditandai belum lengkap.</translation>
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation>Di bawahnya: GMV, tayangan, atau jumlah siaran per hari, satu baris per siaran (Enter untuk membukanya), konversi produk, panduan metrik, dan saran yang dihitung dari angka Anda.</translation>
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation>Panel tayangan ulang memutar video siaran. Spasi memutar atau menjeda, ← dan → melompat 5 detik. Jam di bawah video adalah waktu siaran. Klik komentar untuk melompat ke momen saat komentar itu ditulis.</translation>
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation>Pemutaran menggunakan VLC; tanpa VLC, panel menjelaskan cara memasangnya dan semua fitur lain tetap berfungsi. &lt;b&gt;Berkas → Lampirkan video…&lt;/b&gt; menyelaraskan rekaman Anda sendiri dengan waktu siaran.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation>&lt;b&gt;Berkas → Impor…&lt;/b&gt; (Ctrl+O) membaca paket LiveDesk atau ekspor Seller Center (.xlsx, .csv); Anda juga dapat menyeret berkas ke jendela. Impor bersifat semua atau tidak sama sekali: berkas yang mengandung kesalahan menyebutkan baris dan kolomnya, dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation>&lt;b&gt;Berkas → Ekspor siaran…&lt;/b&gt; (Ctrl+E) menyimpan siaran yang ditampilkan sebagai paket, dengan atau tanpa videonya, atau sebagai tabel tren, untuk ditinjau di komputer lain.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation>&lt;b&gt;Pengaturan → Sumber…&lt;/b&gt; menghubungkan akun TikTok Shop (API resmi), ruang TikTok LIVE (tidak resmi), dan OBS. &lt;b&gt;Uji koneksi&lt;/b&gt; memeriksa satu halaman sebelum Anda menyimpannya.</translation>
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation>Rahasia (rahasia aplikasi, token, kata sandi) hanya disimpan di penyimpanan kredensial sistem Anda. Jika tidak ada penyimpanan kredensial yang berfungsi, LiveDesk memberi tahu Anda dan dapat menyimpannya hanya untuk sesi ini; rahasia tidak pernah ditulis ke berkas.</translation>
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation>Titik-titik di bilah status menunjukkan keadaan setiap sumber: terhubung, menyinkronkan, menunggu batas laju, atau gagal beserta alasannya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation>&lt;b&gt;Pengaturan → Preferensi…&lt;/b&gt; (Ctrl+,) mengatur bahasa, tema (sama dengan sistem, terang, atau gelap), seberapa sering layar digambar ulang selama siaran, zona waktu laporan untuk Ringkasan, dan folder data.</translation>
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation>Ukuran jendela, layar penuh, tata letak panel, dan tab yang ditampilkan disimpan saat Anda menutup LiveDesk dan dipulihkan saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation>Setiap tindakan dapat dijangkau dari keyboard. Tab berpindah antarkontrol; huruf bergaris bawah berfungsi bersama Alt.</translation>
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation>Semua metrik yang dikenal LiveDesk, beserta cara menghitung dan cara menggunakannya.</translation>
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
        <translation>Paket LiveDesk</translation>
    </message>
    <message>
        <source>Seller Center export</source>
        <translation>Ekspor Seller Center</translation>
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation>TikTok Shop API</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (tidak resmi)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>dimasukkan manual</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Sumber: {sources}</translation>
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation>vs siaran sebelumnya: —</translation>
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation>{arrow} {pct} vs siaran sebelumnya</translation>
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation>{sign}{pct} vs rata-rata pasar</translation>
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation>{sign}{pct} vs rata-rata 14 hari Anda</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Pembanding: {ref}</translation>
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation>Nilai barang dagangan bruto: nilai pesanan dibayar yang diatribusikan ke siaran, dihitung pada saat pembayaran. Termasuk pesanan yang kemudian dibatalkan atau dikembalikan dananya.</translation>
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation>Hasil utama Anda. Bandingkan siaran dengan durasi yang mirip, atau gunakan GMV per jam dan GPM tayangan untuk membandingkan siaran dengan durasi dan trafik yang berbeda.</translation>
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation>Unit terjual: satu pesanan berisi tiga barang dihitung tiga.</translation>
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation>Rencanakan stok berdasarkan angka ini; kenaikan dengan GMV yang datar berarti barang yang lebih murah atau promo beli banyak sedang laku.</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation>Baris pesanan yang dibayar, satu per SKU: keranjang berisi dua produk dihitung sebagai dua pesanan SKU.</translation>
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation>Pembilang CTOR (pesanan SKU) dan tingkat pesanan; pantau angka ini saat Anda menyematkan produk untuk melihat apakah sematan itu menghasilkan penjualan.</translation>
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation>Pesanan induk yang dibayar: satu kali checkout dihitung satu, apa pun isinya.</translation>
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation>Gunakan untuk nilai pesanan rata-rata (Harga rata-rata) dan untuk melihat seberapa sering pembeli menggabungkan produk.</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Pesanan SKU yang dibuat, baik dibayar maupun tidak.</translation>
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation>Bandingkan dengan pesanan SKU: selisih yang besar berarti pembeli berhenti di tahap pembayaran (lihat Tingkat pembayaran).</translation>
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation>Pembeli unik yang membayar dalam siaran.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation>Pelanggan ÷ penonton adalah tingkat konversi; lebih banyak pelanggan dengan GMV yang sama berarti audiens yang lebih luas dan risiko yang lebih kecil.</translation>
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation>Berapa kali siaran ditampilkan kepada seseorang: kartu di feed, pratinjau, atau hasil pencarian. Ini jangkauan siaran.</translation>
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation>Impresi rendah: siaran pada jam yang lebih baik, promosikan siaran dengan video pendek atau iklan. Impresi tinggi dengan sedikit tayangan: lihat Tingkat masuk.</translation>
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation>Jumlah masuk ke ruang LIVE. Penonton yang keluar lalu kembali dihitung lagi.</translation>
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation>Dasar untuk tingkat interaksi per tayangan, GPM tayangan, dan tingkat pesanan. Tayangan yang jauh di atas jumlah penonton berarti orang-orang kembali lagi.</translation>
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation>Orang unik yang masuk ke ruang LIVE.</translation>
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation>Dasar untuk konversi dan tingkat interaksi. Jika dijumlahkan dari beberapa siaran, satu orang dihitung sekali per siaran.</translation>
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation>Orang yang berada di ruang LIVE saat ini (penonton bersamaan).</translation>
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation>Pantau selama siaran: sematkan produk terbaik Anda atau mulai penawaran saat angkanya memuncak; penurunan tepat setelah suatu segmen menandakan segmen itu tidak mampu menahan perhatian.</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation>Berapa kali kartu produk ditampilkan dalam siaran (kartu yang disematkan, daftar keranjang).</translation>
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation>Impresi produk sedikit padahal tayangan banyak: buka keranjang dan sematkan produk lebih sering.</translation>
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation>Ketukan yang membuka halaman detail produk selama siaran. Dihitung per ketukan: satu pembeli yang mengetuk tiga kali menghasilkan tiga klik.</translation>
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation>Tahap minat dalam corong: bagi dengan tayangan (LIVE CTR) atau impresi produk (CTR produk); pesanan ÷ klik adalah CTOR.</translation>
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation>Berapa kali produk ditambahkan ke keranjang dari siaran.</translation>
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation>Banyak yang menambahkan ke keranjang tetapi sedikit pesanan: pembeli ragu saat checkout; ingatkan kapan penawaran berakhir, periksa ongkos kirim.</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Komentar yang dikirim dalam siaran.</translation>
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation>Tanda ruang LIVE yang hidup, yang dihargai TikTok dengan trafik; ajukan pertanyaan dan jawab dengan menyebut nama untuk meningkatkannya.</translation>
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation>Suka (ketukan di layar); satu penonton bisa menyukai berkali-kali.</translation>
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation>Sinyal interaksi yang murah; bandingkan tingkat suka antarsiaran, bukan total mentahnya.</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Berapa kali siaran dibagikan.</translation>
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation>Berbagi mendatangkan penonton baru secara gratis: ajak penonton membagikan siaran saat ada undian hadiah dan penawaran menarik.</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Akun yang mulai mengikuti selama siaran.</translation>
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation>Pengikut adalah audiens siaran Anda berikutnya; tingkat mengikuti yang rendah berarti penonton tidak melihat alasan untuk kembali.</translation>
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation>Hadiah virtual yang dikirim penonton.</translation>
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation>Sinyal loyalitas dari penggemar inti Anda; ucapkan terima kasih kepada pengirimnya di depan kamera.</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation>Detik yang ditonton oleh semua penonton secara keseluruhan.</translation>
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation>Dasar untuk rata-rata durasi tonton; angkanya tumbuh seiring jumlah audiens dan retensi.</translation>
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation>Tayangan yang berlangsung lebih dari satu menit.</translation>
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation>Bagi dengan tayangan untuk melihat berapa banyak kunjungan yang berubah menjadi benar-benar menonton; porsi yang rendah menunjuk pada detik-detik pertama konten Anda.</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation>Biaya untuk promosi berbayar siaran (Iklan LIVE, GMV Max, Promote).</translation>
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation>Makin rendah makin baik untuk hasil yang sama: timbang terhadap GMV iklan (ROI GMV Max).</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV yang diatribusikan ke promosi berbayar.</translation>
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation>Bandingkan dengan biaya iklan (ROI) dan dengan total GMV untuk melihat seberapa banyak penjualan Anda yang dibeli lewat iklan.</translation>
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation>Penonton bersamaan tertinggi: jumlah orang terbanyak di ruang LIVE pada satu waktu.</translation>
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation>Menunjukkan momen terbaik siaran; temukan di grafik tren dan ulangi apa yang Anda lakukan saat itu.</translation>
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation>Rata-rata penonton bersamaan selama siaran.</translation>
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation>Ukuran yang lebih stabil daripada puncak: puncak tinggi dengan rata-rata rendah berarti trafik datang sesekali lalu pergi.</translation>
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation>Tingkat masuk ruang (ERR): tayangan ÷ impresi LIVE, porsi orang yang melihat siaran lalu mengetuk untuk masuk.</translation>
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation>Di bawah pasar: perbaiki sampul dan judul siaran serta detik-detik pertama yang dilihat orang di pratinjau feed.</translation>
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation>Rasio klik-tayang LIVE: klik produk ÷ tayangan.</translation>
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation>Rendah: sematkan produk yang sedang Anda bahas, tunjukkan dari dekat ke kamera, dan ajak penonton mengetuk keranjang.</translation>
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation>Rasio klik-tayang produk: klik produk ÷ impresi produk.</translation>
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation>Mengukur seberapa menarik kartu produk: gambar, judul, dan harganya.</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation>Tingkat klik-ke-pesanan: pesanan SKU ÷ klik produk, porsi kunjungan halaman produk yang berakhir dengan pesanan dibayar.</translation>
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation>Rendah: periksa harga, voucher, ongkos kirim, stok, dan halaman produk (foto, ulasan).</translation>
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation>Tingkat klik-ke-pesanan berdasarkan pesanan induk: pesanan utama ÷ klik produk.</translation>
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation>Baca bersama CTOR (pesanan SKU): selisihnya menunjukkan seberapa sering pembeli mengambil beberapa produk dalam satu kali checkout.</translation>
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation>Pesanan SKU ÷ tayangan: berapa banyak tayangan yang berakhir menjadi baris pesanan.</translation>
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation>Seluruh corong dari ruang LIVE hingga pesanan dalam satu angka; pecah menjadi LIVE CTR dan CTOR untuk menemukan tahap yang lemah.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation>Pelanggan ÷ penonton: porsi penonton unik yang membeli.</translation>
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation>Ukuran tunggal terbaik tentang seberapa baik siaran menjual kepada orang yang dijangkaunya; untuk beberapa siaran, ini adalah rasio dari jumlah totalnya.</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV per 1.000 tayangan.</translation>
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation>Membandingkan seberapa baik siaran memonetisasi audiensnya, berapa pun ukurannya; TikTok menggunakannya untuk menentukan seberapa banyak trafik yang layak didapat sebuah siaran.</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV per 1.000 impresi LIVE.</translation>
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation>Mencakup seluruh corong dari feed hingga pesanan; gunakan untuk membandingkan saluran trafik dan promosi berbayar.</translation>
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation>Nilai pesanan rata-rata: GMV ÷ pesanan utama.</translation>
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation>Tingkatkan dengan bundel produk, promo beli banyak, dan batas minimum gratis ongkir.</translation>
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation>Rata-rata durasi tonton per penonton unik: total waktu tonton ÷ penonton.</translation>
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation>Pendek: konten tidak mampu menahan perhatian. Buka dengan pemikat, peragakan produk, jawab komentar, dan jaga ritme dengan momen-momen kecil.</translation>
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation>Rata-rata durasi tonton per tayangan: total waktu tonton ÷ tayangan.</translation>
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation>Lebih pendek daripada angka per penonton jika orang kembali beberapa kali; bandingkan keduanya untuk melihat apakah penonton kembali.</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Komentar ÷ penonton.</translation>
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation>Interaksi yang tidak bergantung pada ukuran audiens; ajukan pertanyaan yang mudah dijawab dengan satu kata.</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Pengikut baru ÷ penonton.</translation>
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation>Rendah: beri tahu penonton apa yang akan ada di siaran berikutnya dan mengapa mereka perlu mengikuti sekarang.</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Suka ÷ penonton.</translation>
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation>Sinyal interaksi yang ringan; target suka ("di 10K suka kami ungkap...") meningkatkannya.</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Dibagikan ÷ penonton.</translation>
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation>Jangkauan gratis: minta penonton membagikan siaran saat penawarannya layak diceritakan ke teman.</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Pesanan SKU dibayar ÷ pesanan SKU dibuat.</translation>
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation>Rendah: pembeli berhenti di tahap pembayaran; periksa metode pembayaran, ongkos kirim yang baru terlihat di akhir, dan ingatkan pembeli untuk menyelesaikan pesanan.</translation>
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation>Laba atas belanja iklan: GMV iklan ÷ biaya iklan (1,8× = 180 %).</translation>
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation>Di bawah titik impas margin Anda, iklan merugi meskipun GMV naik.</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV dibagi jumlah jam dalam periode.</translation>
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation>Membandingkan siaran dengan durasi berbeda; gunakan untuk menentukan berapa lama Anda bersiaran.</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Impresi LIVE dibagi jumlah jam dalam periode.</translation>
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation>Menunjukkan seberapa banyak trafik yang diberikan TikTok kepada siaran dari waktu ke waktu; laju yang menurun di akhir siaran menandakan sebaiknya siaran diakhiri lebih awal.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>money</source>
        <translation>uang</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>persentase</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durasi</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>pengali</translation>
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation>▲ makin tinggi makin baik</translation>
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation>▼ makin rendah makin baik</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Ekspres trafik</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Semua metrik</translation>
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation>{metric} ÷ jam</translation>
    </message>
    <message>
        <source>highest {metric}</source>
        <translation>{metric} tertinggi</translation>
    </message>
    <message>
        <source>mean {metric}</source>
        <translation>rata-rata {metric}</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>Arah yang baik</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cara menggunakannya</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Kelompok: {group}</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>Rumus: {formula}</translation>
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation>Di ekspor Seller Center: {labels}</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation>Ekspres trafik</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Semua metrik</translation>
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation>Cari metrik: nama, arti, atau saran (mis. “CTOR”, “sampul”)</translation>
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation>Tidak ada metrik yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <source>How to use it:</source>
        <translation>Cara menggunakannya:</translation>
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
        <translation>Nilai pesanan dibayar yang diatribusikan ke siaran.</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Barang terjual</translation>
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation>Unit terjual selama siaran.</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pesanan SKU</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation>Baris pesanan yang dibayar, satu per SKU.</translation>
    </message>
    <message>
        <source>Main orders</source>
        <translation>Pesanan utama</translation>
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation>Pesanan induk yang dibayar.</translation>
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation>Pesanan SKU dibuat</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Pesanan SKU yang dibuat, baik dibayar maupun tidak.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation>Pembeli unik yang membayar.</translation>
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation>Impresi LIVE</translation>
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation>Berapa kali siaran ditampilkan di kartu feed atau pratinjau.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation>Jumlah masuk ke ruang LIVE; kunjungan ulang dihitung.</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation>Penonton unik.</translation>
    </message>
    <message>
        <source>Current viewers</source>
        <translation>Penonton saat ini</translation>
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation>Penonton di ruang LIVE saat ini.</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>Impresi produk</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation>Berapa kali kartu produk ditampilkan dalam siaran.</translation>
    </message>
    <message>
        <source>Product clicks</source>
        <translation>Klik produk</translation>
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation>Klik yang membuka halaman detail produk selama siaran.</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>Tambah ke keranjang</translation>
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation>Produk yang ditambahkan ke keranjang dari siaran.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Komentar yang dikirim dalam siaran.</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation>Suka (ketukan) dalam siaran.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Berapa kali siaran dibagikan.</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Pengikut baru</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Akun yang mulai mengikuti selama siaran.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation>Hadiah yang dikirim penonton.</translation>
    </message>
    <message>
        <source>Total watch time</source>
        <translation>Total waktu tonton</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation>Detik yang ditonton oleh semua penonton.</translation>
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation>Tayangan &gt; 1 mnt.</translation>
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation>Tayangan yang berlangsung lebih dari satu menit.</translation>
    </message>
    <message>
        <source>Ads cost</source>
        <translation>Biaya iklan</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation>Biaya untuk promosi berbayar siaran.</translation>
    </message>
    <message>
        <source>Ads GMV</source>
        <translation>GMV iklan</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV yang diatribusikan ke promosi berbayar.</translation>
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation>Puncak penonton (PCU)</translation>
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation>Jumlah penonton bersamaan tertinggi.</translation>
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation>Rata-rata penonton (ACU)</translation>
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation>Rata-rata jumlah penonton bersamaan.</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation>Tingkat masuk (ERR)</translation>
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation>Tingkat masuk ruang: tayangan ÷ impresi LIVE.</translation>
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation>LIVE CTR</translation>
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation>Klik produk ÷ tayangan.</translation>
    </message>
    <message>
        <source>Product CTR</source>
        <translation>CTR produk</translation>
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation>Klik produk ÷ impresi produk.</translation>
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation>CTOR (pesanan SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation>Pesanan SKU ÷ klik produk.</translation>
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation>CTOR (pesanan utama)</translation>
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation>Pesanan utama ÷ klik produk.</translation>
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation>Tingkat pesanan (pesanan SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation>Pesanan SKU ÷ tayangan.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tingkat konversi</translation>
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation>Pelanggan ÷ penonton.</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM tayangan</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV per 1.000 tayangan.</translation>
    </message>
    <message>
        <source>Show GPM</source>
        <translation>GPM impresi</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV per 1.000 impresi LIVE.</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Harga rata-rata</translation>
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation>GMV ÷ pesanan utama.</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Rata-rata durasi tonton</translation>
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation>Rata-rata waktu tonton per penonton unik.</translation>
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation>Rata-rata durasi tonton per tayangan</translation>
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation>Rata-rata waktu tonton per tayangan.</translation>
    </message>
    <message>
        <source>Comment rate</source>
        <translation>Tingkat komentar</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Komentar ÷ penonton.</translation>
    </message>
    <message>
        <source>Follow rate</source>
        <translation>Tingkat mengikuti</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Pengikut baru ÷ penonton.</translation>
    </message>
    <message>
        <source>Like rate</source>
        <translation>Tingkat suka</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Suka ÷ penonton.</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>Tingkat dibagikan</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Dibagikan ÷ penonton.</translation>
    </message>
    <message>
        <source>Payment rate</source>
        <translation>Tingkat pembayaran</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Pesanan SKU dibayar ÷ pesanan SKU dibuat.</translation>
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation>ROI GMV Max</translation>
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation>GMV iklan ÷ biaya iklan.</translation>
    </message>
    <message>
        <source>GMV per hour</source>
        <translation>GMV per jam</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV dibagi jumlah jam dalam periode.</translation>
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation>Impresi per jam</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Impresi LIVE dibagi jumlah jam dalam periode.</translation>
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation>OBS mengirimkan kesehatan stream (bitrate, bingkai hilang, kepadatan, CPU) selama siaran, serta rekamannya, yang menjadi tayangan ulang siaran. Di OBS buka &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt; (Alat → Pengaturan Server WebSocket), centang &lt;b&gt;Enable WebSocket server&lt;/b&gt; (Aktifkan server WebSocket); &lt;b&gt;Show Connect Info&lt;/b&gt; (Tampilkan Info Koneksi) memberikan port dan kata sandinya.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation>Baca kesehatan stream dan rekaman selama LiveDesk berjalan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation>OBS tidak tahu sedang menyiarkan siaran TikTok LIVE yang mana: LiveDesk menambahkan angkanya ke siaran yang sedang berlangsung — siaran dari ruang TikTok LIVE jika ada yang diterima, jika tidak, siaran yang Anda buka bila sedang berlangsung, jika tidak, siaran terbaru yang sedang berlangsung. Selama siaran, angka tersebut tampil di bawah kartu Metrik utama. Saat rekaman berhenti, berkasnya menjadi tayangan ulang siaran tersebut.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>tersimpan — kosongkan untuk mempertahankan</translation>
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation>kosongkan jika autentikasi dinonaktifkan di OBS</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Koneksi gagal: {reason}</translation>
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation>Terhubung ke OBS di {url}: {stream}, {record}.</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>sedang streaming</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>tidak streaming</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>sedang merekam</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>tidak merekam</translation>
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation>Berhenti membaca OBS dan lupakan pengaturan serta kata sandinya?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Dihapus.</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Hours live</source>
        <translation>Jam siaran</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Rata-rata durasi tonton</translation>
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation>Siaran yang mengudara selama rentang ini</translation>
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation>Jam mengudara dalam rentang ini, dijumlahkan dari semua siaran</translation>
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation>Nilai pesanan dibayar dalam rentang ini</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation>Jumlah masuk ke ruang LIVE; kunjungan ulang dihitung</translation>
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation>Penonton unik, dijumlahkan dari semua siaran</translation>
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation>Pelanggan ÷ penonton dalam rentang ini (rasio dari jumlah total)</translation>
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation>Total waktu tonton ÷ penonton dalam rentang ini</translation>
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation>Hari ini: belum lengkap</translation>
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation>Rentang ini mencakup hari ini, yang datanya masih terus masuk</translation>
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation>{change} vs sebelumnya</translation>
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation>Periode sebelumnya dengan durasi yang sama tidak memiliki data sebagai pembanding</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation>Perubahan terhadap periode sebelumnya dengan durasi yang sama ({value})</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Yang ditampilkan oleh batang</translation>
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation>Batang berarsir: hari ini, belum lengkap</translation>
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation>Tidak ada data siaran dalam rentang ini.</translation>
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation>Membaca data rentang ini…</translation>
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation>Hari ini: belum lengkap, data masih terus masuk</translation>
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation>Terlihat di feed, tetapi sedikit yang masuk</translation>
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation>Penonton menonton, tetapi jarang membuka produk</translation>
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation>Produk diklik, tetapi jarang dibeli</translation>
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation>Penonton cepat pergi</translation>
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation>Penjualan bergantung pada satu produk</translation>
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation>Perhatikan sampul dan judul siaran Anda: tampilkan produk dan penawarannya, gunakan wajah yang jelas dan janji yang singkat. Bersiaran saat pengikut Anda aktif juga membantu.</translation>
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation>Sematkan produk yang sedang Anda bahas, angkat ke depan kamera, sebutkan harganya, dan ajak penonton mengetuk keranjang.</translation>
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation>Periksa harga, voucher, ongkos kirim, stok, dan halaman produk (foto, ulasan). Penawaran berbatas waktu dapat meyakinkan pembeli yang masih ragu.</translation>
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation>Perbaiki kontennya: buka dengan pemikat, peragakan alih-alih sekadar menyebutkan, jawab komentar dengan menyebut nama, dan jaga ritme dengan momen-momen kecil (undian hadiah, kejutan).</translation>
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation>GMV Anda bergantung pada satu produk. Tampilkan produk lain di sampingnya (bundel produk, penjualan silang) agar satu stok habis atau perubahan harga tidak menghentikan penjualan.</translation>
    </message>
    <message>
        <source>the market average</source>
        <translation>rata-rata pasar</translation>
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation>rata-rata Anda selama 30 hari sebelumnya</translation>
    </message>
    <message>
        <source>a usual minimum</source>
        <translation>batas minimum yang lazim</translation>
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation>“{product}” menghasilkan {share} dari GMV produk ({gmv} dari {total}, {n} produk ditampilkan).</translation>
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation>{metric} sebesar {value} dibandingkan {reference_kind} sebesar {reference} ({figures}).</translation>
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation>Rentang:</translation>
    </message>
    <message>
        <source>Product conversion</source>
        <translation>Konversi produk</translation>
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation>Hari penuh dalam zona waktu laporan; 7 dan 30 hari terakhir termasuk hari ini</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Hari terakhir (termasuk)</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>Waktu persis</translation>
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation>Tentukan awal dan akhir hingga menit, bukan hari penuh</translation>
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation>Awal (termasuk), dalam zona waktu laporan</translation>
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation>Akhir (tidak termasuk), dalam zona waktu laporan</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation>Zona waktu laporan: batas hari dan waktu dihitung berdasarkan zona ini. Ketik untuk mencari, mis. “Jakarta”.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Berkas CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Buku kerja Excel…</translation>
    </message>
    <message>
        <source>Conversion by product</source>
        <translation>Konversi per produk</translation>
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation>Klik bisa melebihi konversi: klik dihitung untuk setiap ketukan pada kartu produk, sedangkan konversi dihitung sekali per pesanan dibayar. Satu pembeli sering mengetuk beberapa kali, dan keranjang bisa ditinggalkan atau tidak dibayar. CTOR = pesanan ÷ klik produk, dijumlahkan dari semua siaran dalam rentang ini.</translation>
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation>Siaran yang dimulai dalam rentang ini. Klik dua kali atau tekan Enter pada siaran untuk membukanya.</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>Panduan metrik</translation>
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation>
            <numerusform>Saran (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>Menampilkan {range}</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>dibandingkan dengan {previous}</translation>
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation>hari ini belum lengkap (data hingga {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation>
            <numerusform>%n siaran dengan mata uang lain tidak dihitung dalam total uang</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>Ekspor tidak tersedia</translation>
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation>Data rentang ini masih dibaca</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ekspor sedang berjalan</translation>
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation>Ekspor ringkasan (rentang, zona waktu, satu baris per hari, dan totalnya) sebagai CSV atau Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Ekspor ringkasan</translation>
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation>Ringkasan tidak dapat diekspor: {error}</translation>
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation>Ringkasan diekspor ke {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Rata-rata durasi tonton</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Puncak penonton</translation>
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation>Tidak ada produk yang disematkan pada momen ini</translation>
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation>PRODUK DISEMATKAN</translation>
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation>PRODUK DISEMATKAN · sejak {clock}</translation>
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation>GMV {gmv}   Pesanan {orders}   Klik {clicks}</translation>
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation>Tidak ada angka untuk produk ini dari sumber ini</translation>
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation>Klik untuk melompat ke momen saat produk disematkan ({clock})</translation>
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation>Disematkan sekarang, sejak {since} · sematan dalam siaran ini: %n</translation>
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation>Sematan dalam siaran ini: %n
Klik untuk memutar ulang dari sematannya pada {since}.</translation>
    </message>
    <message>
        <source>No impressions yet</source>
        <translation>Belum ada impresi</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Belum ada klik</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Barang terjual</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pesanan SKU</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klik</translation>
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
        <translation>Tambah ke keranjang</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Sematan</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation>Klik ÷ impresi</translation>
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation>Pesanan SKU ÷ klik</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Cari berdasarkan nama atau SKU</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Pilih kolom yang ditampilkan</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Selalu ditampilkan</translation>
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Tidak ada data produk untuk siaran ini. Performa produk berasal dari TikTok Shop API atau paket LiveDesk.</translation>
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation>Tidak ada produk yang disematkan saat ini</translation>
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation>
            <numerusform>Produk yang disematkan dalam siaran ini: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation>Disematkan sekarang: {name} — sejak {since} · LIVE sejak disematkan: klik {clicks} · pesanan {orders} · GMV {gmv} · CTR {ctr}</translation>
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation>Undian hadiah</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation>Waktu siaran; berdurasi {length}, dibandingkan dengan {length} tepat sebelumnya</translation>
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation>Tidak ada produk yang ditautkan ke promosi ini</translation>
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation>Produk {id} tidak ada dalam daftar produk siaran ini</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation>Tidak ada data untuk periode promosi</translation>
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation>Tidak ada data untuk periode sebelum promosi</translation>
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation>Tidak ada data sebelum promosi sebagai pembanding (0)</translation>
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation>Selama periode: {during}
Durasi yang sama sebelumnya: {before}</translation>
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation>Tidak ada perubahan yang ditampilkan: {why}</translation>
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation>Tambahan, sesuai laporan sumber: {n}</translation>
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation>{during} vs {before} ({change})</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation>Periode ini, atau periode sebelumnya, belum sepenuhnya ada dalam data: angkanya masih bisa berubah</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pesanan SKU</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation>Promosi dan undian hadiah</translation>
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation>Impresi, tayangan, dan pesanan SKU selama setiap promosi vs periode berdurasi sama tepat sebelumnya (beserta perubahannya). Klik satu baris untuk melompatkan tayangan ulang ke awal promosi.</translation>
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation>Tidak ada promosi dalam siaran ini. Undian hadiah dan flash sale berasal dari demo, paket LiveDesk, atau catatan manual.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>P&amp;otong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Detail...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
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
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>P&amp;otong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Lokasi T&amp;autan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation>Seluruh siaran</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>30 mnt terakhir</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>5 mnt terakhir</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Putar atau jeda (Spasi)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>Mundur 5 detik (←)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>Maju 5 detik (→)</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Kecepatan putar</translation>
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation>Posisi dalam siaran: seret atau klik untuk melompat</translation>
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation>Klik dua kali untuk layar penuh (Esc untuk keluar)</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation>Ikuti siaran langsung: komentar terbaru dan produk yang sedang disematkan (menjeda tayangan ulang)</translation>
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation>Ganti video dengan daftar semua komentar yang dapat dicari, dan sebaliknya</translation>
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation>Cari komentar berdasarkan teks atau pengguna</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Tayangan ulang</translation>
    </message>
    <message>
        <source>Attach video…</source>
        <translation>Lampirkan video…</translation>
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation>Pilih rekaman siaran ini dan selaraskan dengan waktunya</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Tampilkan video</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Semua komentar</translation>
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation>Komentar saat masuk (klik salah satu untuk melompat ke sana)</translation>
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation>Komentar hingga momen tayangan ulang (klik salah satu untuk melompat ke sana)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <source>{total} comments</source>
        <translation>{total} komentar</translation>
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation>Siaran ini belum memiliki tayangan ulang. Lampirkan rekaman (OBS atau tayangan ulang yang diunduh) untuk menontonnya di samping grafik.</translation>
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation>Berkas tayangan ulang tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation>Tayangan ulang tidak dapat disiapkan: {error}</translation>
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation>Pemutaran video memerlukan VLC: pasang VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Detail: {why}</translation>
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation>Menyiapkan video tayangan ulang demo (hanya saat pertama kali)…</translation>
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation>Impor ekspor Seller Center</translation>
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation>“{file}” tidak menyebutkan akun pemilik siarannya ({n} dalam berkas). Pilih akunnya (nama pengguna TikTok seperti @myshop), lalu periksa mata uang dan zona waktu yang digunakan berkas.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@namapengguna</translation>
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation>Ditentukan oleh kolom uang dalam berkas.</translation>
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation>Terdeteksi dari simbol uang dalam berkas ({currency}); ubah jika salah.</translation>
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation>Berkas tidak menyebutkannya; pilih mata uang untuk kolom uangnya.</translation>
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation>Waktu dalam berkas dibaca dalam zona waktu ini (bawaan: zona waktu akun, atau zona waktu komputer ini, {tz}).</translation>
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation>Kolom yang tidak dikenal LiveDesk diabaikan: {columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation>Pilih akun pemilik siaran tersebut.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>Mata uang harus berupa kode tiga huruf seperti IDR.</translation>
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation>“{tz}” bukan zona waktu yang dikenal (gunakan nama seperti Asia/Jakarta atau UTC).</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation>Filter daftar siaran berdasarkan tanggal, akun, status, atau teks ({key})</translation>
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation>Filter ({shown}/{total})</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation>Filter daftar siaran</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation>Judul, pembawa acara, akun, atau ID siaran</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation>Hanya siaran yang dimulai pada atau setelah tanggal ini</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation>Hanya siaran yang dimulai pada atau sebelum tanggal ini</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>Live and ended</source>
        <translation>Berlangsung dan berakhir</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Sedang berlangsung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Bersihkan</translation>
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation>Tampilkan lagi semua siaran</translation>
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation>{shown} dari {total} siaran ditampilkan</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation>● Sedang LIVE · {title} · sejak {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation>&amp;Akun dan sumber</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation>Bahasa untuk seluruh jendela; format angka, uang, dan tanggal juga mengikutinya</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation>&amp;Pembaruan layar:</translation>
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation>Sekali per detik (paling hemat CPU)</translation>
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation>
            <numerusform>%n kali per detik</numerusform>
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation>Seberapa sering grafik dan kartu menggambar ulang bagian yang berubah selama siaran berlangsung. Data langsung masuk sekali per detik, apa pun pilihan Anda.</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>&amp;Zona waktu laporan:</translation>
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation>Zona waktu masing-masing akun</translation>
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation>Zona waktu yang digunakan Ringkasan untuk menghitung hari; ketik untuk mencari</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Folder &amp;data:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Uba&amp;h…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>Gunakan ba&amp;waan</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation>Sumber data tidak dapat diatur di jendela ini.</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation>“{text}” bukan zona waktu; pilih salah satu dari daftar, mis. Asia/Jakarta</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation>LiveDesk menggunakan folder ini mulai saat dijalankan berikutnya. Data Anda tetap berada di {old}: salin livedesk.sqlite3 dan folder appeals ke folder ini untuk mempertahankannya.</translation>
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation>Data tersimpan siaran Anda (livedesk.sqlite3) dan bukti banding berada di folder ini.</translation>
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
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation>{measure} dari semua saluran: {total}</translation>
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation>{measure}: {value} dari {total}
Porsi persis: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>GMV %</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>Impr. %</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>Tayangan %</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Sumber trafik</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>Porsi GMV</translation>
    </message>
    <message>
        <source>Share of impressions</source>
        <translation>Porsi impresi</translation>
    </message>
    <message>
        <source>Share of views</source>
        <translation>Porsi tayangan</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pesanan SKU</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Harga rata-rata</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (tidak resmi)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>Tidak ada penyimpanan kredensial OS di komputer ini.</translation>
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation>LiveDesk menyimpan rahasia aplikasi, token, dan kata sandi hanya di penyimpanan kredensial OS (Windows Credential Manager, macOS Keychain, Secret Service, atau KWallet), tidak pernah di dalam berkas, sehingga tanpanya LiveDesk tidak dapat menyimpannya setelah Anda menutup aplikasi.</translation>
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation>Simpan rahasia hanya untuk sesi ini (Anda perlu memasukkannya lagi lain kali)</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation>Tersimpan. Rahasia ada di penyimpanan kredensial OS.</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation>Tersimpan. Rahasia disimpan di memori hanya untuk sesi ini.</translation>
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation>&lt;b&gt;Tidak resmi.&lt;/b&gt; Peristiwa ruang TikTok LIVE — penonton, komentar, suka, hadiah, ikuti, bagikan, dan sematan produk, saat terjadi — masuk melalui pustaka pihak ketiga TikTokLive, yang membaca koneksi LIVE TikTok tanpa persetujuan TikTok. Fitur ini memerlukan tambahan opsional (&lt;code&gt;{hint}&lt;/code&gt;) dan server tanda tangan pihak ketiga (Euler Stream) di internet, dan dapat berhenti berfungsi kapan saja TikTok melakukan perubahan. Angka resmi (GMV, pesanan, produk) berasal dari halaman TikTok Shop.</translation>
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation>Tidak tersedia: pustaka TikTokLive belum terpasang. Pasang tambahan opsional dengan {hint} (atau `uv sync --extra tiktok` pada salinan kode sumber) lalu mulai ulang LiveDesk.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Sign server API key</source>
        <translation>Kunci API server tanda tangan</translation>
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation>@kreator, atau alamat siarannya</translation>
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation>opsional: kunci Euler Stream menaikkan batas server tanda tangan</translation>
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation>Terima peristiwa ruang ini selama LiveDesk berjalan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation>LiveDesk terhubung saat kreator mulai LIVE dan memeriksa lagi setiap menit selama kreator tidak sedang LIVE. Server tanda tangan membatasi jumlah koneksi yang dimulai: saat batasnya tercapai, LiveDesk menunggu dan mencoba lagi secara otomatis (statusnya menunjukkan berapa lama); kunci API Euler Stream menaikkan batas tersebut. Siaran dari ruang LIVE dan siaran yang sama dari TikTok Shop ditampilkan sebagai satu siaran.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>tersimpan — kosongkan untuk mempertahankan</translation>
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation>Masukkan @namapengguna kreator.</translation>
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation>Berhenti menerima ruang TikTok LIVE dan lupakan pengaturannya?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Dihapus.</translation>
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Kunci aplikasi</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Rahasia aplikasi</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>Otorisasi dengan</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Kode otorisasi</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token penyegaran</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>Basis API</translation>
    </message>
    <message>
        <source>Token host</source>
        <translation>Host token</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>an authorization code</source>
        <translation>kode otorisasi</translation>
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation>token akses dan token penyegaran</translation>
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation>mis. myshop (huruf, angka, _ . -)</translation>
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation>dari Partner Center → App &amp; Service → aplikasi Anda</translation>
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation>kode dari tautan otorisasi penjual (sekali pakai)</translation>
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation>opsional: nama atau ID, jika penjual mengotorisasi beberapa toko</translation>
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation>Sinkronkan akun ini selama LiveDesk berjalan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation>Tukarkan kode atau segarkan token, lalu cari tokonya</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation>&lt;b&gt;Cara menghubungkan toko:&lt;/b&gt; di TikTok Shop Partner Center, buat aplikasi dengan cakupan Shop Analytics lalu salin kunci aplikasi dan rahasia aplikasinya. Penjual membuka tautan otorisasi aplikasi tersebut; tempelkan kode yang dihasilkannya di sini (hanya berlaku sekali, selama sekitar 30 menit) lalu tekan Simpan: LiveDesk menukarnya dengan token, menemukan tokonya, dan menjaga token tetap diperbarui. Wilayah menentukan zona waktu dan mata uang toko. Data siaran masuk sesuai jadwal publikasi TikTok: angka hari ini dalam hitungan menit, detail sebuah siaran satu atau dua hari kemudian.</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>tersimpan di penyimpanan kredensial — kosongkan untuk mempertahankan</translation>
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation>disimpan untuk sesi ini — kosongkan untuk mempertahankan</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Tidak berjalan: dinonaktifkan</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Tidak berjalan</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>Toko: {shop}</translation>
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation>Hapus akun TikTok Shop “{name}” beserta rahasianya dari penyimpanan kredensial?</translation>
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation>Nama akun boleh berisi huruf, angka, “_”, “.”, dan “-” (hingga 64 karakter).</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>Sudah ada akun bernama “{name}”.</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>Masukkan kunci aplikasi.</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>Masukkan rahasia aplikasi.</translation>
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation>Masukkan kode otorisasi, atau token akses dan token penyegaran.</translation>
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation>Terhubung: toko “{shop}” ({region}).</translation>
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation>Toko lain yang diotorisasi: {names}.</translation>
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation>Simpan untuk mempertahankan token baru.</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Koneksi gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation>Porsi sumber trafik</translation>
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation>Dibulatkan agar berjumlah 100% per kolom; arahkan kursor untuk melihat nilai persisnya.</translation>
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation>Porsi dibulatkan dengan metode sisa terbesar, sehingga nilai bulat di setiap kolom berjumlah tepat 100%.</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation>Tidak ada data sumber trafik untuk siaran ini. Porsi saluran berasal dari TikTok Shop API (akun resmi dan akun pemasaran) atau paket LiveDesk.</translation>
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation>Sumber trafik siaran ini</translation>
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation>Trafik video ke siaran ini</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>Tidak ada data sumber trafik untuk siaran ini.
Rincian saluran berasal dari TikTok Shop API (akun resmi dan akun pemasaran) atau dari paket LiveDesk.</translation>
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation>Centang hingga {n} saluran (klik kotaknya atau tekan Spasi) untuk membandingkannya di grafik. Baris total selalu berada paling bawah, apa pun urutannya.</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>Perbandingan saluran</translation>
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation>Metrik &amp;grafik:</translation>
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation>Yang digambar grafik untuk setiap saluran yang dicentang, per menit</translation>
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation>Centang hingga {n} saluran di tabel (Spasi mencentang/menghapus centang baris terpilih). Nilai dihitung per menit; ujung bertitik adalah menit yang belum lengkap; klik grafik untuk melompatkan tayangan ulang ke momen tersebut.</translation>
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation>Trafik video ke siaran</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Urutkan:</translation>
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation>Urutkan video berdasarkan trafik atau penjualan yang dihasilkannya</translation>
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation>Tidak ada trafik video untuk siaran ini.
Video pendek yang mendatangkan penonton berasal dari TikTok Shop API atau dari paket LiveDesk.</translation>
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>Tidak ada tren per saluran untuk siaran ini.
Deret waktu saluran berasal dari TikTok Shop API (akun resmi dan akun pemasaran) atau dari paket LiveDesk.</translation>
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation>Tidak ada saluran yang dicentang.
Centang hingga {n} saluran di tabel di atas untuk membandingkan trennya.</translation>
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation>“{channel}” tidak dicentang: grafik membandingkan paling banyak {n} saluran. Hapus centang salah satu terlebih dahulu.</translation>
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation>Tidak ada saluran yang kurang dimanfaatkan: tidak satu pun saluran dengan porsi impresi di bawah median memiliki tingkat masuk atau konversi setidaknya {ratio} lebih baik daripada rata-rata siaran ini.</translation>
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation>memiliki tingkat masuk {ratio} lebih baik daripada rata-rata (tingkat masuk {rate} vs {average})</translation>
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation>mengonversi klik menjadi pesanan {ratio} lebih baik daripada rata-rata (CTOR {rate} vs {average})</translation>
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation>mengonversi tayangan menjadi pesanan {ratio} lebih baik daripada rata-rata (tingkat pesanan {rate} vs {average})</translation>
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation>Saluran kurang dimanfaatkan: {channel} {what}, tetapi hanya menyumbang {share} impresi (saluran median: {median}) — layak dialiri lebih banyak trafik.</translation>
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation>Berbayar</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organik</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation>Semua saluran: {value}</translation>
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation>{value} dari {total}
Porsi persis: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>Impr. %</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>Tayangan %</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>GMV %</translation>
    </message>
    <message>
        <source>Tap-through</source>
        <translation>Tingkat masuk</translation>
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
        <translation>Tingkat pesanan</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM tayangan</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Pesanan SKU</translation>
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation>Sumber trafik; centang hingga 5 saluran untuk membandingkan trennya di grafik</translation>
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation>Trafik berbayar (iklan, promosi) atau organik</translation>
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation>Impresi: berapa kali siaran ditampilkan melalui saluran ini</translation>
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation>Porsi dari impresi siaran</translation>
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation>Jumlah masuk ke ruang LIVE (kunjungan ulang dihitung)</translation>
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation>Porsi dari tayangan siaran</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation>Nilai pesanan dibayar yang diatribusikan ke saluran ini</translation>
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation>Porsi dari GMV siaran</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation>Tingkat masuk (ERR, tingkat masuk ruang): tayangan ÷ impresi</translation>
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation>LIVE CTR: klik produk ÷ tayangan</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation>Tingkat klik-ke-pesanan: pesanan SKU ÷ klik produk</translation>
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation>Tingkat pesanan: pesanan SKU ÷ tayangan</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV per 1.000 tayangan</translation>
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation>Klik produk: klik yang membuka halaman detail produk</translation>
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation>Baris pesanan tingkat SKU</translation>
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation>Centang untuk membandingkan saluran ini di grafik (hingga {n} saluran)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation>Produk disematkan</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Undian hadiah</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>LIVE ended</source>
        <translation>Siaran berakhir</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation>Sumbu k&amp;iri:</translation>
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation>Sumbu ka&amp;nan:</translation>
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation>Klik penanda atau titik pada kurva untuk melompatkan tayangan ulang ke momen tersebut. Seret pita pada strip di bawah grafik, atau tepinya, untuk memilih rentang kustom. Metrik aditif ditampilkan per menit, dihitung dari menit sebelumnya.</translation>
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation>Seluruh siaran: seret pita atau tepinya untuk memilih rentang yang ditampilkan</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Penanda:</translation>
    </message>
    <message>
        <source>Product pin</source>
        <translation>Sematan produk</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation>Promosi / undian hadiah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation>Tampilkan atau sembunyikan penanda “{kind}”</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation>Tambahkan catatan pada momen saat ini (M): posisi tayangan ulang jika Anda memindahkannya, jika tidak, data terbaru</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
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
        <translation>Mengekspor data tren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation>Kustom: {start} – {end}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Tambahkan catatan</translation>
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation>Catatan pada {clock} (waktu siaran):</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>Catatan tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>Ekspor tidak tersedia</translation>
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation>Buka siaran untuk mengekspor data trennya</translation>
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation>Ekspor tersedia setelah siaran berakhir (datanya masih terus masuk).</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ekspor sedang berjalan</translation>
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation>Ekspor data tren siaran ini sebagai tabel: satu baris per menit, setiap metrik dan peristiwanya</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export trend data</source>
        <translation>Ekspor data tren</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>Ekspor tidak dapat dimulai: ekspor lain sedang berjalan.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation>Pisahkan sumber gabungan</translation>
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation>LiveDesk menampilkan siaran yang sama yang tercatat oleh beberapa sumber sebagai satu siaran: LiveDesk mencocokkannya berdasarkan ID siaran dari platform, atau jika tidak ada, berdasarkan kreator dan waktunya. Jika suatu sumber keliru digabungkan ke siaran ini, pisahkan sumber tersebut: angka, komentar, peristiwa, dan produknya dipindahkan ke siaran tersendiri, dan LiveDesk tidak akan menggabungkan keduanya lagi.</translation>
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation>Siaran: {title} (dimulai {start})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>LIVE id</source>
        <translation>ID siaran</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Dasar pencocokan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation>Membaca sumber gabungan…</translation>
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation>Tidak ada sumber lain yang digabungkan ke siaran ini: tidak ada yang perlu dipisahkan.</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation>Kembalikan siaran dari sumber yang dipilih ke tempatnya sendiri di daftar siaran</translation>
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation>ID siaran yang sama</translation>
    </message>
    <message>
        <source>the same creator and time</source>
        <translation>kreator dan waktu yang sama</translation>
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation>Pisahkan {source} ({account}, siaran {live}) dari siaran ini?

Semua yang dikirim sumber tersebut dipindahkan ke siaran tersendiri, dan LiveDesk tidak akan menggabungkan keduanya lagi.</translation>
    </message>
    <message>
        <source>Separating…</source>
        <translation>Memisahkan…</translation>
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation>Dipisahkan: siaran {live} dari {source} kini menjadi siaran tersendiri ({rows} baris dipindahkan).</translation>
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation>Tidak dapat memisahkan: {reason}</translation>
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation>&amp;Pisahkan sumber gabungan…</translation>
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation>Batalkan penggabungan yang keliru: jadikan siaran dari suatu sumber yang digabungkan ke siaran yang ditampilkan sebagai siaran tersendiri</translation>
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation>Buka siaran terlebih dahulu: sumber gabungannya akan dipisahkan dari siaran tersebut.</translation>
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation>Pemisahan sumber gabungan tidak tersedia.</translation>
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation>Siaran {live} dari {source} telah dipisahkan dari siaran ini.</translation>
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Tidak disediakan oleh sumber ini</translation>
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
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation>Peringkat menurut angka yang dipilih di “Urutkan”</translation>
    </message>
    <message>
        <source>The short video's title</source>
        <translation>Judul video pendek</translation>
    </message>
    <message>
        <source>When the video was posted</source>
        <translation>Waktu video diunggah</translation>
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation>Impresi: impresi LIVE yang datang melalui video ini</translation>
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation>Jumlah masuk ke ruang LIVE dari video ini</translation>
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation>GMV yang diatribusikan ke penonton yang datang dari video ini</translation>
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
        <translation>Keparahan tinggi</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>Keparahan sedang</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>Keparahan rendah</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Konsekuensi:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yang perlu dilakukan:</translation>
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation>Banding: {status} ({when}){note}</translation>
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation>Banding: {status}</translation>
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation>▶ Putar klip</translation>
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation>Putar momen ini dalam tayangan ulang, dengan {s} s sebelum dan sesudahnya</translation>
    </message>
    <message>
        <source>Go to moment</source>
        <translation>Ke momen</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>Ajukan banding…</translation>
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation>Lanjutkan banding…</translation>
    </message>
    <message>
        <source>View appeal…</source>
        <translation>Lihat banding…</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation>Tanpa banding</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation>Waktu siaran</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Banding</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation>Belum terhubung: simpan pengaturan untuk memulai sumber ini</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Tidak berjalan: dinonaktifkan</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Tidak berjalan</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Keadaan:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Menguji koneksi…</translation>
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation>Tidak ada penyimpanan kredensial OS: centang “Simpan rahasia hanya untuk sesi ini” di atas, atau pasang penyimpanan kredensial, untuk menyimpan kata sandi dan token.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>Terjemahan untuk {lang} tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation>Video tidak dapat dilampirkan: {error}</translation>
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation>Video dilampirkan: {name}</translation>
    </message>
</context>
</TS>