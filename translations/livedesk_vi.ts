<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m kiếm:</translation>
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation>chính sách, lý do, phiên LIVE hoặc tài khoản</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Tài &amp;khoản:</translation>
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation>Chính &amp;sách:</translation>
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation>Khán&amp;g nghị:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation>Nhấp đúp vào một vi phạm (hoặc nhấn Enter) để mở phiên LIVE tại thời điểm đó.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Tất cả chính sách</translation>
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation>Không có vi phạm nào trong bộ nhớ đệm</translation>
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation>{shown}/{total} vi phạm</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Kháng nghị</translation>
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation>Kháng nghị — {policy}</translation>
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation>Nội dung &amp;kháng nghị (điều gì đã xảy ra, vì sao nội dung tuân thủ):</translation>
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation>Giải thích vì sao vi phạm cần được gỡ bỏ…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bằng chứng:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation>&amp;Gửi kháng nghị</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation>Lưu kháng nghị, vi phạm, lịch sử và bằng chứng thành tệp .zip</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>Đánh dấu chấp &amp;nhận</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>Đánh dấu &amp;từ chối</translation>
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation>Nguồn dữ liệu của phiên LIVE này không nhận kháng nghị: LiveDesk lưu kháng nghị dưới dạng bản ghi cục bộ. Hãy xuất kháng nghị, gửi lên nền tảng, rồi ghi lại quyết định tại đây.</translation>
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation>Đang tải vi phạm…</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Hậu quả</translation>
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation>{status} — đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation>{status} — chưa lưu</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation>Chưa có bước nào: bản nháp đầu tiên được lưu ngay khi bạn nhập.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Không thể lưu: {reason}</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>Chọn bằng chứng</translation>
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation>Hình ảnh, video và tài liệu (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Export the appeal</source>
        <translation>Xuất kháng nghị</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Tệp nén zip (*.zip)</translation>
    </message>
    <message>
        <source>recorded by the user</source>
        <translation>do người dùng ghi nhận</translation>
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation>Đính kèm video</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>vẫn đang phát</translation>
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation>Chọn bản ghi hình của “{title}” (bắt đầu lúc {when}, {length}): bản ghi hình OBS hoặc bản phát lại đã tải về. Sau đó cho biết video bắt đầu ở mốc nào của phiên LIVE, hoặc căn theo một khoảnh khắc bạn nhận ra.</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation>Tệp video hoặc URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Line up a moment</source>
        <translation>Căn theo khoảnh khắc</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation>Chuyển đến khung hình mà bạn biết mốc LIVE</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Lùi một giây</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>One second forward</source>
        <translation>Tiến một giây</translation>
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation>&amp;Khung hình này ở mốc LIVE:</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation>Đồng hồ LIVE tại khung hình đang hiển thị (thời gian kể từ khi phiên LIVE bắt đầu)</translation>
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation>&amp;Căn chỉnh</translation>
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation>Tính thời điểm video bắt đầu từ khung hình này</translation>
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation>Video &amp;bắt đầu ở mốc LIVE:</translation>
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation>±h:mm:ss</translation>
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation>Giá trị âm khi bản ghi hình bắt đầu trước phiên LIVE</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation>Hãy chọn một tệp video.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation>Nhập thời điểm video bắt đầu theo dạng ±h:mm:ss, ví dụ -0:00:05.</translation>
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation>Chọn video của phiên LIVE</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Video ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation>Nhập mốc LIVE của khung hình theo dạng h:mm:ss, ví dụ 0:12:30.</translation>
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation>Không thể hiển thị video: {error}</translation>
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation>Chọn một video để xem các khung hình tại đây.</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>Đang mở video…</translation>
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation>Không thể phát tệp này: {error}</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation>Chuyển đến khung hình mà bạn biết mốc LIVE (đồng hồ trên màn hình, sản phẩm bạn đã ghim), nhập mốc đó bên dưới rồi nhấn Căn chỉnh.</translation>
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation>Bản ghi hình bắt đầu {d} trước phiên LIVE (lúc {when}).</translation>
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation>Bản ghi hình bắt đầu sau khi phiên LIVE diễn ra {d} (lúc {when}).</translation>
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation>Bản ghi hình bắt đầu cùng lúc với phiên LIVE (lúc {when}).</translation>
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation>Chân dung khán giả</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation>Chân dung người xem: tất cả những ai đã xem phiên LIVE này</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation>Chân dung khách hàng: tất cả những ai đã mua hàng trong phiên LIVE này</translation>
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation>Trang trước (phím mũi tên trái)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation>Trang sau (phím mũi tên phải)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Không có chân dung khán giả cho phiên LIVE này. Chân dung người xem và khách hàng lấy từ TikTok Shop API hoặc gói LiveDesk.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation>Phiên LIVE của bạn</translation>
    </message>
    <message>
        <source>Market average</source>
        <translation>Trung bình thị trường</translation>
    </message>
    <message>
        <source>market average</source>
        <translation>mức trung bình thị trường</translation>
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation>Trung bình 14 ngày của bạn</translation>
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation>mức trung bình 14 ngày của chính bạn (không có mức trung bình thị trường)</translation>
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation>{metric}: các phiên LIVE của bạn trong 14 ngày qua</translation>
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation>So với {ref}: {value}.</translation>
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation>So với {ref}.</translation>
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation>Không có phiên LIVE nào trước đó trong 14 ngày qua để so sánh.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation>Bảng tin Dành cho bạn</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>Dành cho bạn</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <source>Following feed</source>
        <translation>Bảng tin Đang theo dõi</translation>
    </message>
    <message>
        <source>LIVE feed</source>
        <translation>Bảng tin LIVE</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Trang cá nhân</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Video ngắn</translation>
    </message>
    <message>
        <source>Shop tab</source>
        <translation>Tab Cửa hàng</translation>
    </message>
    <message>
        <source>LIVE ads</source>
        <translation>Quảng cáo LIVE</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Trả phí</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation>Xu hướng: {metric}</translation>
    </message>
    <message>
        <source>Choose the metric</source>
        <translation>Chọn chỉ số</translation>
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation>Mở trong Xu hướng hiệu suất</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tăng tốc lưu lượng</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Tất cả chỉ số</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation>chưa từng</translation>
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation>{state} · đồng bộ lần cuối {time}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa khởi động</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation>Đang chờ hết giới hạn tần suất ({s} s)</translation>
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation>Thử lại sau {s} s</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Đồng bộ lần cuối: {time}</translation>
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation>Phiên LIVE này</translation>
    </message>
    <message>
        <source>All LIVEs</source>
        <translation>Tất cả phiên LIVE</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Chất lượng nội dung</translation>
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation>Chọn một phiên LIVE để xem các vi phạm.</translation>
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation>Không có vi phạm nào được ghi nhận cho phiên LIVE này.</translation>
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation>Vi phạm lấy từ nền tảng (TikTok Shop API, biểu ngữ trong phòng TikTok LIVE) hoặc từ gói LiveDesk. Chế độ xem Tất cả phiên LIVE liệt kê vi phạm của mọi phiên LIVE trong bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation>1 vi phạm trong phiên LIVE này</translation>
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation>{n} vi phạm trong phiên LIVE này</translation>
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation>Phát đoạn clip để xem chính xác nội dung bị gắn cờ; hãy kháng nghị khi quyết định vẫn còn có thể thay đổi.</translation>
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation>{clicks} lượt nhấp, {orders} đơn đã thanh toán từ {customers} khách hàng trong {lives} phiên LIVE</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Lượt nhấp</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
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
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation>Lượt nhấp sản phẩm: số lần nhấn mở trang sản phẩm</translation>
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation>Người mua đã thanh toán, đếm theo từng phiên LIVE rồi cộng lại</translation>
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation>Đơn hàng SKU đã thanh toán</translation>
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation>Tỷ lệ nhấp thành đơn: đơn hàng ÷ lượt nhấp sản phẩm</translation>
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation>Số phiên LIVE trong khoảng thời gian có giới thiệu sản phẩm</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation>Hãy cài đặt hoặc mở khóa kho khóa của hệ điều hành (Windows Credential Manager, macOS Keychain, hoặc Secret Service / KWallet trên Linux) để giữ chúng giữa các lần chạy.</translation>
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation>kho khóa đang dùng là kho khóa rỗng, không lưu gì cả</translation>
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation>hệ thống này không có kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation>đọc thất bại ({error})</translation>
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation>ghi thất bại ({error})</translation>
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation>kho khóa không giữ lại những gì đã ghi</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>Không có kho khóa hệ điều hành hoạt động: {reason} ({backend}). Thông tin bí mật chỉ được giữ trong bộ nhớ cho lần chạy này và phải nhập lại vào lần sau.</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation>Không có kho khóa hệ điều hành hoạt động: {reason} ({backend}).</translation>
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation>Tùy chỉnh dữ liệu cốt lõi</translation>
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation>Chọn tối đa {n} chỉ số. Các chỉ số nhóm Tăng tốc lưu lượng ảnh hưởng nhiều nhất đến lượng truy cập tự nhiên mà phiên LIVE nhận được.</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>Tìm chỉ số…</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tăng tốc lưu lượng</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Tất cả chỉ số</translation>
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation>Bạn chỉ có thể hiển thị tối đa {n} chỉ số. Bỏ chọn một chỉ số để có chỗ cho “{label}”.</translation>
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation>Đã chọn {n}/{max}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation>Xuất phiên LIVE</translation>
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation>Xuất “{title}” ({when}, {length}).</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation>Gói LiveDesk, tệp &amp;zip</translation>
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation>Mọi dữ liệu LiveDesk có về phiên LIVE này trong một tệp, để lưu trữ hoặc chia sẻ. LiveDesk khác mở tệp này bằng Tệp → Nhập.</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation>Gói LiveDesk, &amp;thư mục</translation>
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation>Cùng nội dung đó dưới dạng thư mục chứa các tệp CSV và JSON, dùng cho các công cụ khác.</translation>
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation>Bảng xu hướng, &amp;CSV</translation>
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation>Mỗi phút một dòng: mọi chỉ số và các sự kiện.</translation>
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation>Bảng xu hướng, &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation>Cùng bảng đó dưới dạng sổ làm việc Excel.</translation>
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation>Kèm &amp;video phát lại trong gói</translation>
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation>Sao chép {file} vào gói</translation>
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation>Phiên LIVE này không có video phát lại trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Hãy chọn nơi lưu tệp xuất.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} là một thư mục; hãy nhập tên tệp.</translation>
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation>{path} là một tệp; gói dạng thư mục cần tên của một thư mục mới.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation>Lưu thư mục gói vào</translation>
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation>Gói LiveDesk (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} đã tồn tại. Thay thế tệp này?</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation>Chức năng xuất không khả dụng.</translation>
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation>Hãy mở một phiên LIVE trước: Xuất phiên LIVE sẽ ghi phiên LIVE đang hiển thị.</translation>
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation>“{title}” vẫn đang phát: hãy xuất sau khi phiên kết thúc (dữ liệu vẫn đang được cập nhật).</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Một lượt xuất khác đang chạy.</translation>
    </message>
    <message>
        <source>Export LIVE</source>
        <translation>Xuất phiên LIVE</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>Không thể bắt đầu xuất: một lượt xuất khác đang chạy.</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Đang xuất “{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Đang ghi {what}…</translation>
    </message>
    <message>
        <source>, with the replay video</source>
        <translation>, kèm video phát lại</translation>
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation>Đã xuất gói vào {path}: {rows} dòng trong {tables} bảng{video}.</translation>
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation>Đã xuất bảng xu hướng vào {path}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất thất bại</translation>
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation>Không thể xuất phiên LIVE. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Xuất thất bại: {error}</translation>
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation>Người theo dõi và người chưa theo dõi</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <source>Non-followers</source>
        <translation>Người chưa theo dõi</translation>
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation>Giá trung bình: GMV ÷ đơn hàng chính</translation>
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Không có dữ liệu người theo dõi cho phiên LIVE này. Tỷ lệ người theo dõi lấy từ TikTok Shop API hoặc gói LiveDesk.</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation>{segment}: tỷ trọng chính xác {exact}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation>{h} giờ {m} phút</translation>
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation>{m} phút {s} giây</translation>
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation>{s} giây</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation>Tình trạng luồng phát lấy từ OBS (Cài đặt → Nguồn → OBS)</translation>
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation>Tốc độ bit đầu ra trong lần lấy mẫu gần nhất. Xanh lá từ {good} kbps, vàng cam từ {warn} kbps, đỏ khi thấp hơn hoặc khi OBS đang kết nối lại.</translation>
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Số khung hình bị rớt do mạng kể từ khi bắt đầu phát. Xanh lá khi dưới {warn}, vàng cam khi dưới {bad}, đỏ từ {bad}.</translation>
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Mức độ tắc nghẽn đầu ra của OBS. Xanh lá khi dưới {warn}, vàng cam khi dưới {bad}, đỏ từ {bad}.</translation>
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>Mức sử dụng CPU của OBS. Xanh lá khi dưới {warn}, vàng cam khi dưới {bad}, đỏ từ {bad}.</translation>
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation>Tốc độ bit: đang kết nối lại…</translation>
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation>Tốc độ bit {value}</translation>
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation>Tốc độ bit {value} kbps</translation>
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation>Khung hình bị rớt {value}</translation>
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation>Tắc nghẽn {value}</translation>
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
        <translation>Gợi ý sẽ xuất hiện tại đây sau khi đọc xong dữ liệu của khoảng thời gian.</translation>
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation>Tính từ tổng số liệu của khoảng thời gian so với mức trung bình thị trường (hoặc mức trung bình của chính bạn trong 30 ngày trước đó). Mỗi gợi ý nêu rõ các số liệu làm căn cứ.</translation>
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation>Không có điểm nào nổi bật trong khoảng thời gian này: tỷ lệ nhấn xem, CTR LIVE, CTOR và thời lượng xem đều gần bằng hoặc cao hơn mức tham chiếu, và doanh số được phân bổ cho nhiều sản phẩm.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation>Nhập phiên LIVE</translation>
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation>Gói LiveDesk và tệp xuất Seller Center (*.zip *.xlsx *.xlsm *.csv manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation>Chỉ có thể nhập tệp và thư mục trên máy tính này.</translation>
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation>Chức năng nhập không khả dụng.</translation>
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation>LiveDesk không thể nhập nội dung này.</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Một lượt nhập khác vẫn đang chạy.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập {name}; không có gì được nhập.</translation>
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation>Đang nhập {name}…
{what}</translation>
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation>Không thể nhập {name}. Không có phần nào được giữ lại.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Nhập thất bại: {error}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… và {n} mục khác</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… và {n} mục khác (xem chi tiết)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation>Dữ liệu cốt lõi · trực tiếp, cập nhật mỗi giây</translation>
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation>Dữ liệu cốt lõi · toàn phiên LIVE</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>Tùy chỉnh…</translation>
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation>Chọn tối đa 16 chỉ số để hiển thị dạng thẻ</translation>
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation>Nguồn này không cung cấp ({source})</translation>
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation>Chỉ hiển thị khi phiên LIVE đang phát</translation>
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
        <translation>&amp;Chỉ số chính</translation>
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation>&amp;Xu hướng hiệu suất</translation>
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation>&amp;Nguồn lưu lượng</translation>
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation>Chất lượng nội &amp;dung</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation>Phiên &amp;LIVE:</translation>
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation>Chọn phiên LIVE: phiên đang phát hoặc một phiên đã qua</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Phát lại LIVE</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation>Mở hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation>Bật/tắt toàn màn hình (F11)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation>Nhập gói LiveDesk (thư mục hoặc .zip) hoặc tệp xuất Seller Center (.xlsx, .csv); bạn cũng có thể kéo thả chúng vào cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation>&amp;Xuất phiên LIVE…</translation>
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation>Xuất phiên LIVE đang hiển thị thành gói LiveDesk hoặc bảng xu hướng</translation>
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation>Đính &amp;kèm video…</translation>
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation>Dùng bản ghi hình (OBS, bản phát lại đã tải về) làm bản phát lại của phiên LIVE đang hiển thị, căn theo đồng hồ của phiên</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Cà&amp;i đặt</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Nguồn…</translation>
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation>Kết nối tài khoản TikTok Shop, phòng TikTok LIVE và OBS</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation>Ngôn ngữ, giao diện, tần suất làm mới màn hình, múi giờ báo cáo và thư mục dữ liệu</translation>
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation>{title} (bị bộ lọc ẩn)</translation>
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation>Chọn phiên LIVE</translation>
    </message>
    <message>
        <source>Source: —</source>
        <translation>Nguồn: —</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Nguồn: {source}</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Đang kết nối…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Đã kết nối</translation>
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation>● Thử lại sau {s} s</translation>
    </message>
    <message>
        <source>● Failed</source>
        <translation>● Thất bại</translation>
    </message>
    <message>
        <source>● Stopped</source>
        <translation>● Đã dừng</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Đồng bộ lần cuối {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa từng đồng bộ</translation>
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation>Đang phát {clock}</translation>
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation>Đã kết thúc · {clock}</translation>
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation>Hãy mở một phiên LIVE trước: video được đính kèm vào phiên LIVE đang hiển thị.</translation>
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation>Thả để nhập {names}</translation>
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation>Hiển thị tab “{name}”</translation>
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation>Lọc danh sách phiên LIVE</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>Phát lại: phát hoặc tạm dừng</translation>
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation>Phát lại: lùi hoặc tiến 5 giây</translation>
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation>Xu hướng hiệu suất: thêm ghi chú tại thời điểm phát lại</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation>Hướng dẫn sử dụng LiveDesk</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>Các trang hướng dẫn</translation>
    </message>
    <message>
        <source>Manual text</source>
        <translation>Nội dung hướng dẫn</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Chỉ số chính</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>Xu hướng hiệu suất</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Nguồn lưu lượng</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>Chất lượng nội dung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Replay and comments</source>
        <translation>Phát lại và bình luận</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Nhập và xuất</translation>
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation>Kết nối tài khoản</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>Bảng thuật ngữ chỉ số</translation>
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation>LiveDesk hiển thị số liệu các phiên LIVE bán hàng của bạn: theo thời gian thực khi bạn đang phát LIVE và chi tiết sau khi kết thúc, với video phát lại được liên kết với mọi biểu đồ.</translation>
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation>Chọn một phiên LIVE trong danh sách ở phía trên ({keys}): phiên LIVE đang phát được đánh dấu &lt;b&gt;● Đang phát&lt;/b&gt;, tiếp theo là các phiên LIVE đã qua, mới nhất trước. Nút lọc bên cạnh ({filter}) thu hẹp danh sách theo văn bản, ngày, tài khoản và trạng thái.</translation>
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation>Khi khởi động lần đầu, LiveDesk chạy với dữ liệu mẫu tích hợp sẵn: một phiên LIVE mô phỏng đang phát và các phiên LIVE đã qua trong 14 ngày, để bạn có thể khám phá mọi màn hình trước khi kết nối tài khoản. Video phát lại mẫu hiển thị đồng hồ LIVE trên từng khung hình.</translation>
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation>Không có nguồn nào cung cấp mọi số liệu. Giá trị mà nguồn không cung cấp được hiển thị là —, không bao giờ là 0; khung nào không có dữ liệu sẽ cho biết nguồn nào có thể cung cấp dữ liệu đó.</translation>
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation>Các thẻ dữ liệu cốt lõi hiển thị tối đa 16 chỉ số do bạn chọn (&lt;b&gt;Tùy chỉnh…&lt;/b&gt;). Trong phiên LIVE, các thẻ cập nhật mỗi giây; sau khi kết thúc, các thẻ hiển thị toàn bộ phiên LIVE, mỗi chỉ số được tổng hợp theo cách riêng: một tỷ lệ luôn là tỷ lệ giữa các tổng.</translation>
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation>Mỗi thẻ được so sánh với phiên LIVE trước của bạn và với mức trung bình thị trường (hoặc mức trung bình 14 ngày của chính bạn khi không có mức trung bình thị trường). Ba chỉ số kém nhất được viền đỏ; sau phiên LIVE, di chuột lên một chỉ số hoặc chọn chỉ số đó bằng phím Tab để xem chỉ số qua các phiên LIVE của bạn trong 14 ngày qua.</translation>
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation>Bên dưới các thẻ: xu hướng của một chỉ số (chọn chỉ số bằng nút ✎), tỷ trọng nguồn lưu lượng, người theo dõi so với người chưa theo dõi, danh sách sản phẩm (nhấp vào một sản phẩm để chuyển bản phát lại đến lúc sản phẩm được ghim) và chân dung khán giả gồm người xem hoặc khách hàng.</translation>
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation>Hai chỉ số trên cùng một biểu đồ, mỗi chỉ số một trục, kèm giá trị của cả hai tại vị trí con trỏ. Các điểm đánh dấu cho biết lượt ghim sản phẩm, vi phạm, khuyến mãi và ghi chú của bạn; chú giải dùng để ẩn hoặc hiện từng loại. Nhấp vào một điểm đánh dấu hoặc một điểm trên biểu đồ để chuyển bản phát lại đến thời điểm đó.</translation>
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation>Toàn phiên LIVE, 30 phút gần nhất và 5 phút gần nhất dùng để chọn khoảng thời gian; kéo dải chọn bên dưới biểu đồ để chọn khoảng khác. &lt;b&gt;Thêm ghi chú&lt;/b&gt; (hoặc M) lưu một ghi chú tại thời điểm phát lại. &lt;b&gt;Xuất&lt;/b&gt; ghi bảng xu hướng ra tệp CSV hoặc Excel sau khi phiên LIVE kết thúc.</translation>
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation>Người xem của bạn đến từ đâu: mỗi kênh với lượt hiển thị, lượt xem, GMV và tỷ trọng của chúng, tỷ lệ nhấn xem, CTR, CTOR, tỷ lệ đặt hàng và GPM lượt xem. Dòng Tổng luôn ở cuối bất kể cách sắp xếp.</translation>
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation>Đánh dấu tối đa năm kênh để so sánh xu hướng trên biểu đồ. Dòng bên dưới bảng nêu tên kênh chuyển đổi tốt nhưng nhận ít lưu lượng.</translation>
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation>Mọi vi phạm được phát hiện trong phiên LIVE, kèm chính sách, lý do, hậu quả và khuyến nghị. &lt;b&gt;Phát đoạn clip&lt;/b&gt; phát thời điểm đó, kèm vài giây trước và sau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation>&lt;b&gt;Kháng nghị…&lt;/b&gt; mở kháng nghị: viết lý do và đính kèm bằng chứng; bản nháp được lưu ngay khi bạn nhập. Danh sách Tất cả phiên LIVE giúp tìm vi phạm trên mọi phiên LIVE của bạn.</translation>
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation>Tổng số liệu các phiên LIVE của bạn trong một khoảng ngày, tính theo múi giờ báo cáo, mỗi số liệu được so sánh với kỳ trước có cùng độ dài; hôm nay được đánh dấu là chưa đầy đủ.</translation>
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation>Bên dưới: GMV, lượt xem hoặc số phiên LIVE theo ngày, mỗi phiên LIVE một dòng (nhấn Enter để mở), chuyển đổi theo sản phẩm, tra cứu chỉ số và các gợi ý được tính từ số liệu của bạn.</translation>
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation>Khung phát lại phát video của phiên LIVE. Phím cách để phát hoặc tạm dừng, ← và → để lùi hoặc tiến 5 giây. Đồng hồ bên dưới video là đồng hồ LIVE. Nhấp vào một bình luận để chuyển đến thời điểm bình luận đó được viết.</translation>
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation>Việc phát video dùng VLC; nếu không có VLC, khung phát lại sẽ hướng dẫn cách cài đặt và mọi chức năng khác vẫn hoạt động bình thường. &lt;b&gt;Tệp → Đính kèm video…&lt;/b&gt; căn bản ghi hình của riêng bạn theo đồng hồ LIVE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation>&lt;b&gt;Tệp → Nhập…&lt;/b&gt; (Ctrl+O) đọc gói LiveDesk hoặc tệp xuất Seller Center (.xlsx, .csv); bạn cũng có thể kéo thả tệp vào cửa sổ. Mỗi lượt nhập hoặc thành công trọn vẹn, hoặc không có gì thay đổi: tệp có lỗi sẽ báo dòng và cột bị lỗi, và không thay đổi gì cả.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation>&lt;b&gt;Tệp → Xuất phiên LIVE…&lt;/b&gt; (Ctrl+E) ghi phiên LIVE đang hiển thị thành một gói, có hoặc không kèm video, hoặc thành bảng xu hướng, để xem lại trên máy tính khác.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation>&lt;b&gt;Cài đặt → Nguồn…&lt;/b&gt; kết nối tài khoản TikTok Shop (API chính thức), phòng TikTok LIVE (không chính thức) và OBS. &lt;b&gt;Kiểm tra kết nối&lt;/b&gt; kiểm tra cài đặt của một trang trước khi bạn lưu.</translation>
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation>Thông tin bí mật (khóa bí mật ứng dụng, mã truy cập, mật khẩu) chỉ được lưu trong kho khóa của hệ điều hành. Khi không có kho khóa nào hoạt động, LiveDesk sẽ thông báo và có thể chỉ giữ chúng cho lần chạy này; thông tin bí mật không bao giờ được ghi vào tệp.</translation>
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation>Các chấm trên thanh trạng thái cho biết trạng thái của từng nguồn: đã kết nối, đang đồng bộ, đang chờ hết giới hạn tần suất, hoặc thất bại kèm lý do.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation>&lt;b&gt;Cài đặt → Tùy chọn…&lt;/b&gt; (Ctrl+,) thiết lập ngôn ngữ, giao diện (theo hệ thống, sáng hoặc tối), tần suất làm mới màn hình khi đang phát LIVE, múi giờ báo cáo của Tổng quan và thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation>Kích thước cửa sổ, chế độ toàn màn hình, bố cục các khung và tab đang hiển thị được lưu lại khi bạn đóng LiveDesk và khôi phục ở lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation>Mọi thao tác đều có thể thực hiện bằng bàn phím. Phím Tab di chuyển giữa các điều khiển; các chữ cái được gạch chân dùng cùng phím Alt.</translation>
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation>Mọi chỉ số mà LiveDesk hỗ trợ, kèm cách tính và cách sử dụng.</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>demo</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>LiveDesk bundle</source>
        <translation>Gói LiveDesk</translation>
    </message>
    <message>
        <source>Seller Center export</source>
        <translation>Tệp xuất Seller Center</translation>
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation>TikTok Shop API</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (không chính thức)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>nhập thủ công</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Nguồn: {sources}</translation>
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation>So với phiên LIVE trước: —</translation>
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation>{arrow} {pct} so với phiên LIVE trước</translation>
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation>{sign}{pct} so với TB thị trường</translation>
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation>{sign}{pct} so với TB 14 ngày của bạn</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Tham chiếu: {ref}</translation>
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation>Tổng giá trị hàng hóa: giá trị các đơn hàng đã thanh toán được ghi nhận cho phiên LIVE, tính tại thời điểm thanh toán. Bao gồm cả các đơn hàng bị hủy hoặc hoàn tiền sau đó.</translation>
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation>Kết quả chính của bạn. Hãy so sánh các phiên LIVE có thời lượng tương đương, hoặc dùng GMV mỗi giờ và GPM lượt xem để so sánh các phiên LIVE khác nhau về thời lượng và lưu lượng.</translation>
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation>Số sản phẩm đã bán: một đơn hàng gồm ba món được tính là ba.</translation>
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation>Dùng để lên kế hoạch tồn kho; chỉ số này tăng trong khi GMV đi ngang nghĩa là các mặt hàng rẻ hơn hoặc ưu đãi mua nhiều đang bán chạy.</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation>Các dòng đơn hàng đã thanh toán, mỗi SKU một dòng: một giỏ hàng có hai sản phẩm là hai đơn hàng SKU.</translation>
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation>Tử số của CTOR (đơn hàng SKU) và của tỷ lệ đặt hàng; hãy theo dõi chỉ số này khi ghim một sản phẩm để xem sản phẩm được ghim có bán được không.</translation>
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation>Đơn hàng mẹ đã thanh toán: mỗi lần thanh toán chỉ tính một lần, bất kể gồm những gì.</translation>
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation>Dùng để tính giá trị đơn hàng trung bình (Giá TB) và để xem người mua thường mua kèm nhiều sản phẩm đến mức nào.</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Đơn hàng SKU đã đặt, dù đã thanh toán hay chưa.</translation>
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation>So sánh với đơn hàng SKU: chênh lệch lớn nghĩa là người mua dừng lại ở bước thanh toán (xem Tỷ lệ thanh toán).</translation>
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation>Số người mua đã thanh toán (không trùng lặp) của phiên LIVE.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation>Khách hàng ÷ người xem là tỷ lệ chuyển đổi; nhiều khách hàng hơn với cùng mức GMV nghĩa là tệp khán giả rộng hơn, ít rủi ro hơn.</translation>
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation>Số lần phiên LIVE được hiển thị cho ai đó: một thẻ trên bảng tin, một bản xem trước hoặc một kết quả tìm kiếm. Đây là độ phủ của phiên LIVE.</translation>
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation>Lượt hiển thị thấp: hãy phát LIVE vào khung giờ tốt hơn, quảng bá phiên LIVE bằng video ngắn hoặc quảng cáo. Lượt hiển thị cao nhưng ít lượt xem: xem Tỷ lệ nhấn xem.</translation>
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation>Số lượt vào phòng LIVE. Người xem rời đi rồi quay lại sẽ được tính thêm lần nữa.</translation>
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation>Cơ sở của các tỷ lệ tương tác theo lượt xem, GPM lượt xem và tỷ lệ đặt hàng. Lượt xem cao hơn nhiều so với người xem nghĩa là mọi người quay lại.</translation>
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation>Số người (không trùng lặp) đã vào phòng LIVE.</translation>
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation>Cơ sở của tỷ lệ chuyển đổi và các tỷ lệ tương tác. Khi cộng nhiều phiên LIVE, mỗi người được tính một lần cho mỗi phiên LIVE.</translation>
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation>Số người đang ở trong phòng ngay lúc này (người xem đồng thời).</translation>
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation>Theo dõi chỉ số này trong khi phát LIVE: ghim sản phẩm tốt nhất hoặc tung ưu đãi khi chỉ số đạt đỉnh; nếu chỉ số giảm ngay sau một phân đoạn, nghĩa là phân đoạn đó không giữ được sự chú ý.</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation>Số lần thẻ sản phẩm được hiển thị trong phiên LIVE (thẻ đang ghim, danh sách giỏ hàng).</translation>
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation>Ít lượt hiển thị sản phẩm so với nhiều lượt xem: hãy mở giỏ hàng và ghim sản phẩm thường xuyên hơn.</translation>
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation>Số lần nhấn mở trang chi tiết sản phẩm trong phiên LIVE. Tính theo từng lần nhấn: một người mua nhấn ba lần tạo ra ba lượt nhấp.</translation>
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation>Bước quan tâm của phễu: chia cho lượt xem (CTR LIVE) hoặc lượt hiển thị sản phẩm (CTR sản phẩm); đơn hàng ÷ lượt nhấp là CTOR.</translation>
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation>Số lần sản phẩm được thêm vào giỏ hàng từ phiên LIVE.</translation>
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation>Nhiều lượt thêm vào giỏ nhưng ít đơn hàng: người mua còn do dự khi thanh toán; hãy nhắc thời hạn kết thúc ưu đãi, kiểm tra phí vận chuyển.</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Bình luận được đăng trong phiên LIVE.</translation>
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation>Dấu hiệu của một phòng LIVE sôi động, được TikTok thưởng bằng lưu lượng; hãy đặt câu hỏi và trả lời kèm tên người xem để tăng chỉ số này.</translation>
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation>Lượt thích (chạm vào màn hình); một người xem có thể thích nhiều lần.</translation>
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation>Tín hiệu tương tác dễ đạt được; hãy so sánh tỷ lệ thích giữa các phiên LIVE thay vì tổng số thô.</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Số lần phiên LIVE được chia sẻ.</translation>
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation>Lượt chia sẻ mang lại người xem mới miễn phí: hãy kêu gọi chia sẻ vào các dịp tặng quà và ưu đãi mạnh.</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Số tài khoản đã theo dõi trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation>Người theo dõi là khán giả của các phiên LIVE tiếp theo; tỷ lệ theo dõi thấp nghĩa là người xem không thấy lý do để quay lại.</translation>
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation>Quà tặng ảo do người xem gửi.</translation>
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation>Tín hiệu gắn bó từ những người hâm mộ cốt lõi; hãy cảm ơn người tặng ngay trên sóng.</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation>Tổng số giây xem của tất cả người xem cộng lại.</translation>
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation>Cơ sở của các chỉ số thời lượng xem trung bình; tăng theo cả quy mô khán giả lẫn khả năng giữ chân người xem.</translation>
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation>Số lượt xem kéo dài hơn một phút.</translation>
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation>Chia cho lượt xem để biết bao nhiêu lượt vào phòng thực sự trở thành lượt xem thật; tỷ trọng thấp cho thấy vấn đề nằm ở những giây đầu tiên của nội dung.</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation>Chi phí quảng bá trả phí cho phiên LIVE (Quảng cáo LIVE, GMV Max, Quảng bá).</translation>
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation>Càng thấp càng tốt với cùng một kết quả: hãy cân nhắc so với GMV quảng cáo (ROI GMV Max).</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV được ghi nhận cho quảng bá trả phí.</translation>
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation>So sánh với chi phí quảng cáo (ROI) và với tổng GMV để biết bao nhiêu phần doanh số là do bạn trả tiền mua.</translation>
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation>Số người xem đồng thời cao nhất: số người ở trong phòng nhiều nhất tại một thời điểm.</translation>
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation>Cho thấy khoảnh khắc tốt nhất của phiên LIVE; hãy tìm nó trên biểu đồ xu hướng và lặp lại những gì bạn đã làm khi đó.</translation>
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation>Số người xem đồng thời trung bình trong suốt phiên LIVE.</translation>
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation>Thước đo ổn định hơn mức đỉnh: đỉnh cao nhưng trung bình thấp nghĩa là lưu lượng đến theo từng đợt rồi rời đi.</translation>
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation>Tỷ lệ vào phòng (ERR): lượt xem ÷ lượt hiển thị LIVE, tỷ lệ người đã thấy phiên LIVE và nhấn vào xem.</translation>
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation>Thấp hơn thị trường: hãy cải thiện ảnh bìa, tiêu đề phiên LIVE và những giây đầu tiên mà người xem thấy ở bản xem trước trên bảng tin.</translation>
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation>Tỷ lệ nhấp LIVE: lượt nhấp sản phẩm ÷ lượt xem.</translation>
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation>Thấp: hãy ghim sản phẩm bạn đang nói đến, đưa sản phẩm lại gần máy quay và mời người xem nhấn vào giỏ hàng.</translation>
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation>Tỷ lệ nhấp sản phẩm: lượt nhấp sản phẩm ÷ lượt hiển thị sản phẩm.</translation>
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation>Đo mức độ hấp dẫn của thẻ sản phẩm: hình ảnh, tiêu đề và giá.</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation>Tỷ lệ nhấp thành đơn: đơn hàng SKU ÷ lượt nhấp sản phẩm, tỷ lệ lượt truy cập trang sản phẩm dẫn đến đơn hàng đã thanh toán.</translation>
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation>Thấp: hãy kiểm tra giá, mã giảm giá, phí vận chuyển, tồn kho và trang sản phẩm (ảnh, đánh giá).</translation>
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation>Tỷ lệ nhấp thành đơn theo đơn hàng mẹ: đơn hàng chính ÷ lượt nhấp sản phẩm.</translation>
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation>Xem cùng với CTOR (đơn hàng SKU): chênh lệch cho thấy người mua thường lấy nhiều sản phẩm trong một lần thanh toán đến mức nào.</translation>
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation>Đơn hàng SKU ÷ lượt xem: bao nhiêu lượt xem dẫn đến một dòng đơn hàng.</translation>
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation>Toàn bộ phễu từ phòng LIVE đến đơn hàng trong một con số; tách thành CTR LIVE và CTOR để tìm ra bước yếu.</translation>
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation>Khách hàng ÷ người xem: tỷ lệ người xem (không trùng lặp) đã mua hàng.</translation>
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation>Thước đo đơn lẻ tốt nhất cho biết phiên LIVE bán hàng hiệu quả đến đâu với những người mà nó tiếp cận; với nhiều phiên LIVE, đây là tỷ lệ giữa các tổng.</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV trên 1.000 lượt xem.</translation>
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation>So sánh mức độ kiếm tiền từ khán giả giữa các phiên LIVE bất kể quy mô khán giả; TikTok dùng chỉ số này để quyết định một phiên LIVE xứng đáng nhận bao nhiêu lưu lượng.</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV trên 1.000 lượt hiển thị LIVE.</translation>
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation>Bao quát toàn bộ phễu từ bảng tin đến đơn hàng; dùng để so sánh các kênh lưu lượng và quảng bá trả phí.</translation>
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation>Giá trị đơn hàng trung bình: GMV ÷ đơn hàng chính.</translation>
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation>Tăng chỉ số này bằng bộ sản phẩm, ưu đãi mua nhiều và ngưỡng miễn phí vận chuyển.</translation>
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation>Thời lượng xem trung bình trên mỗi người xem (không trùng lặp): tổng thời gian xem ÷ người xem.</translation>
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation>Ngắn: nội dung không giữ được sự chú ý. Hãy mở đầu bằng điểm thu hút, trình diễn sản phẩm, trả lời bình luận và giữ nhịp bằng những khoảnh khắc nhỏ.</translation>
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation>Thời lượng xem trung bình trên mỗi lượt xem: tổng thời gian xem ÷ lượt xem.</translation>
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation>Ngắn hơn số liệu tính theo người xem khi mọi người quay lại nhiều lần; so sánh cả hai để biết người xem có quay lại hay không.</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Bình luận ÷ người xem.</translation>
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation>Mức tương tác không phụ thuộc quy mô khán giả; hãy đặt những câu hỏi dễ trả lời bằng một từ.</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Người theo dõi mới ÷ người xem.</translation>
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation>Thấp: hãy cho người xem biết phiên LIVE tới có gì và vì sao nên theo dõi ngay.</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Lượt thích ÷ người xem.</translation>
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation>Tín hiệu tương tác nhẹ; đặt mục tiêu lượt thích ("đủ 10K lượt thích sẽ bật mí...") giúp tăng chỉ số này.</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Lượt chia sẻ ÷ người xem.</translation>
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation>Độ phủ miễn phí: hãy kêu gọi chia sẻ khi ưu đãi đáng để kể cho bạn bè.</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Đơn hàng SKU đã thanh toán ÷ đơn hàng SKU đã tạo.</translation>
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation>Thấp: người mua bỏ ngang ở bước thanh toán; hãy kiểm tra phương thức thanh toán, phí vận chuyển hiển thị muộn và nhắc người mua hoàn tất đơn hàng.</translation>
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation>Lợi nhuận trên chi tiêu quảng cáo: GMV quảng cáo ÷ chi phí quảng cáo (1,8× = 180 %).</translation>
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation>Nếu thấp hơn ngưỡng hòa vốn theo biên lợi nhuận của bạn, quảng cáo vẫn lỗ ngay cả khi GMV tăng.</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV chia cho số giờ của khung thời gian.</translation>
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation>So sánh các phiên LIVE có thời lượng khác nhau; dùng để chọn thời lượng phát LIVE phù hợp.</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Lượt hiển thị LIVE chia cho số giờ của khung thời gian.</translation>
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation>Cho thấy TikTok phân bổ bao nhiêu lưu lượng cho phiên LIVE theo thời gian; nhịp độ giảm dần vào cuối phiên LIVE gợi ý nên kết thúc sớm hơn.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>money</source>
        <translation>tiền</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>phần trăm</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>thời lượng</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>hệ số</translation>
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation>▲ càng cao càng tốt</translation>
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation>▼ càng thấp càng tốt</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>Tăng tốc lưu lượng</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Tất cả chỉ số</translation>
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation>{metric} ÷ số giờ</translation>
    </message>
    <message>
        <source>highest {metric}</source>
        <translation>{metric} cao nhất</translation>
    </message>
    <message>
        <source>mean {metric}</source>
        <translation>{metric} trung bình</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>Hướng tốt</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cách sử dụng</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Nhóm: {group}</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>Công thức: {formula}</translation>
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation>Trong tệp xuất Seller Center: {labels}</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation>Tăng tốc lưu lượng</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Tất cả chỉ số</translation>
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation>Tìm chỉ số: tên, ý nghĩa hoặc lời khuyên (ví dụ “CTOR”, “ảnh bìa”)</translation>
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation>Không có chỉ số nào khớp với tìm kiếm.</translation>
    </message>
    <message>
        <source>How to use it:</source>
        <translation>Cách sử dụng:</translation>
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
        <translation>Giá trị các đơn hàng đã thanh toán được ghi nhận cho phiên LIVE.</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Sản phẩm đã bán</translation>
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation>Số sản phẩm bán được trong phiên LIVE.</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng SKU</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation>Các dòng đơn hàng đã thanh toán, mỗi SKU một dòng.</translation>
    </message>
    <message>
        <source>Main orders</source>
        <translation>Đơn hàng chính</translation>
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation>Đơn hàng mẹ đã thanh toán.</translation>
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation>Đơn hàng SKU đã tạo</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>Đơn hàng SKU đã đặt, dù đã thanh toán hay chưa.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation>Số người mua đã thanh toán (không trùng lặp).</translation>
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation>Lượt hiển thị LIVE</translation>
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation>Số lần phiên LIVE được hiển thị trên thẻ bảng tin hoặc bản xem trước.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation>Số lượt vào phòng LIVE; tính cả lượt quay lại.</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation>Số người xem không trùng lặp.</translation>
    </message>
    <message>
        <source>Current viewers</source>
        <translation>Người xem hiện tại</translation>
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation>Số người xem đang ở trong phòng ngay lúc này.</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>Lượt hiển thị sản phẩm</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation>Số lần thẻ sản phẩm được hiển thị trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Product clicks</source>
        <translation>Lượt nhấp sản phẩm</translation>
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation>Số lượt nhấp mở trang chi tiết sản phẩm trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>Thêm vào giỏ</translation>
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation>Số sản phẩm được thêm vào giỏ hàng từ phiên LIVE.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>Bình luận được đăng trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation>Lượt thích (chạm) trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Lượt chia sẻ</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>Số lần phiên LIVE được chia sẻ.</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Người theo dõi mới</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>Số tài khoản đã theo dõi trong phiên LIVE.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation>Quà tặng do người xem gửi.</translation>
    </message>
    <message>
        <source>Total watch time</source>
        <translation>Tổng thời gian xem</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation>Tổng số giây xem của tất cả người xem.</translation>
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation>Lượt xem &gt; 1 phút</translation>
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation>Số lượt xem kéo dài hơn một phút.</translation>
    </message>
    <message>
        <source>Ads cost</source>
        <translation>Chi phí quảng cáo</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation>Chi phí quảng bá trả phí cho phiên LIVE.</translation>
    </message>
    <message>
        <source>Ads GMV</source>
        <translation>GMV quảng cáo</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV được ghi nhận cho quảng bá trả phí.</translation>
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation>Người xem cao điểm (PCU)</translation>
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation>Số người xem đồng thời cao nhất.</translation>
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation>Người xem trung bình (ACU)</translation>
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation>Số người xem đồng thời trung bình.</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation>Tỷ lệ nhấn xem (ERR)</translation>
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation>Tỷ lệ vào phòng: lượt xem ÷ lượt hiển thị LIVE.</translation>
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation>CTR LIVE</translation>
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation>Lượt nhấp sản phẩm ÷ lượt xem.</translation>
    </message>
    <message>
        <source>Product CTR</source>
        <translation>CTR sản phẩm</translation>
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation>Lượt nhấp sản phẩm ÷ lượt hiển thị sản phẩm.</translation>
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation>CTOR (đơn hàng SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation>Đơn hàng SKU ÷ lượt nhấp sản phẩm.</translation>
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation>CTOR (đơn hàng chính)</translation>
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation>Đơn hàng chính ÷ lượt nhấp sản phẩm.</translation>
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation>Tỷ lệ đặt hàng (đơn hàng SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation>Đơn hàng SKU ÷ lượt xem.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tỷ lệ chuyển đổi</translation>
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation>Khách hàng ÷ người xem.</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM lượt xem</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV trên 1.000 lượt xem.</translation>
    </message>
    <message>
        <source>Show GPM</source>
        <translation>GPM hiển thị</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV trên 1.000 lượt hiển thị LIVE.</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Giá TB</translation>
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation>GMV ÷ đơn hàng chính.</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Thời lượng xem TB</translation>
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation>Thời gian xem trung bình trên mỗi người xem (không trùng lặp).</translation>
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation>Thời lượng xem TB mỗi lượt</translation>
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation>Thời gian xem trung bình trên mỗi lượt xem.</translation>
    </message>
    <message>
        <source>Comment rate</source>
        <translation>Tỷ lệ bình luận</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>Bình luận ÷ người xem.</translation>
    </message>
    <message>
        <source>Follow rate</source>
        <translation>Tỷ lệ theo dõi</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>Người theo dõi mới ÷ người xem.</translation>
    </message>
    <message>
        <source>Like rate</source>
        <translation>Tỷ lệ thích</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>Lượt thích ÷ người xem.</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>Tỷ lệ chia sẻ</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>Lượt chia sẻ ÷ người xem.</translation>
    </message>
    <message>
        <source>Payment rate</source>
        <translation>Tỷ lệ thanh toán</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>Đơn hàng SKU đã thanh toán ÷ đơn hàng SKU đã tạo.</translation>
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation>ROI GMV Max</translation>
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation>GMV quảng cáo ÷ chi phí quảng cáo.</translation>
    </message>
    <message>
        <source>GMV per hour</source>
        <translation>GMV mỗi giờ</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV chia cho số giờ của khung thời gian.</translation>
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation>Lượt hiển thị mỗi giờ</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>Lượt hiển thị LIVE chia cho số giờ của khung thời gian.</translation>
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation>OBS gửi tình trạng luồng phát (tốc độ bit, khung hình bị rớt, tắc nghẽn, CPU) trong phiên LIVE, cùng các bản ghi hình, vốn sẽ trở thành bản phát lại của phiên LIVE. Trong OBS, mở &lt;b&gt;Công cụ → Cài đặt máy chủ WebSocket&lt;/b&gt;, đánh dấu &lt;b&gt;Bật máy chủ WebSocket&lt;/b&gt;; &lt;b&gt;Hiện thông tin kết nối&lt;/b&gt; cho biết cổng và mật khẩu.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation>Đọc tình trạng luồng phát và bản ghi hình khi LiveDesk đang chạy</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation>OBS không biết mình đang phát phiên TikTok LIVE nào: LiveDesk gắn số liệu của OBS vào phiên LIVE đang phát — phiên LIVE của phòng TikTok LIVE nếu nhận được, nếu không thì phiên LIVE bạn đang mở nếu phiên đó đang phát, nếu không nữa thì phiên LIVE đang phát mới nhất. Trong khi phát LIVE, các số liệu này hiển thị bên dưới các thẻ Chỉ số chính. Khi một bản ghi hình dừng, tệp của nó trở thành bản phát lại của phiên LIVE đó.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>đã lưu — để trống để giữ nguyên</translation>
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation>để trống nếu OBS tắt xác thực</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Kết nối thất bại: {reason}</translation>
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation>Đã kết nối với OBS tại {url}: {stream}, {record}.</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>đang phát</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>không phát</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>đang ghi hình</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>không ghi hình</translation>
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation>Ngừng đọc OBS và xóa cài đặt cùng mật khẩu của OBS?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Hours live</source>
        <translation>Giờ phát LIVE</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Chuyển đổi</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Thời lượng xem TB</translation>
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation>Số phiên LIVE phát trong khoảng thời gian</translation>
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation>Số giờ phát trong khoảng thời gian, cộng dồn các phiên LIVE</translation>
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation>Giá trị các đơn hàng đã thanh toán trong khoảng thời gian</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation>Số lượt vào phòng LIVE; tính cả lượt quay lại</translation>
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation>Người xem không trùng lặp, cộng dồn các phiên LIVE</translation>
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation>Khách hàng ÷ người xem trong khoảng thời gian (tỷ lệ giữa các tổng)</translation>
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation>Tổng thời gian xem ÷ người xem trong khoảng thời gian</translation>
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation>Hôm nay: chưa đầy đủ</translation>
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation>Khoảng thời gian bao gồm hôm nay, dữ liệu hôm nay vẫn đang được cập nhật</translation>
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation>{change} so với kỳ trước</translation>
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation>Kỳ trước có cùng độ dài không có dữ liệu để so sánh</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation>Thay đổi so với kỳ trước có cùng độ dài ({value})</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Các cột biểu thị gì</translation>
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation>Cột gạch chéo: hôm nay, chưa đầy đủ</translation>
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation>Không có dữ liệu LIVE trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation>Đang đọc dữ liệu của khoảng thời gian…</translation>
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation>Hôm nay: chưa đầy đủ, dữ liệu vẫn đang được cập nhật</translation>
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation>Xuất hiện trên bảng tin nhưng ít người nhấn vào</translation>
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation>Người xem có xem nhưng hiếm khi mở sản phẩm</translation>
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation>Sản phẩm được nhấp nhưng hiếm khi được mua</translation>
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation>Người xem rời đi nhanh</translation>
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation>Doanh số phụ thuộc vào một sản phẩm</translation>
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation>Xem lại ảnh bìa và tiêu đề phiên LIVE: thể hiện sản phẩm và ưu đãi, dùng khuôn mặt rõ nét và một lời hứa ngắn gọn. Phát LIVE vào lúc người theo dõi của bạn đang hoạt động cũng giúp ích.</translation>
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation>Ghim sản phẩm bạn đang nói đến, giơ sản phẩm lên trước máy quay, nói giá và mời người xem nhấn vào giỏ hàng.</translation>
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation>Kiểm tra giá, mã giảm giá, phí vận chuyển, tồn kho và trang sản phẩm (ảnh, đánh giá). Một ưu đãi có giới hạn thời gian có thể thuyết phục người mua còn phân vân.</translation>
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation>Cải thiện nội dung: mở đầu bằng điểm thu hút, trình diễn thay vì liệt kê, trả lời bình luận kèm tên người xem và giữ nhịp bằng những khoảnh khắc nhỏ (tặng quà, bật mí).</translation>
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation>GMV của bạn phụ thuộc vào một sản phẩm. Hãy giới thiệu thêm sản phẩm khác bên cạnh (bộ sản phẩm, bán chéo) để việc một sản phẩm hết hàng hay đổi giá không làm ngừng doanh số.</translation>
    </message>
    <message>
        <source>the market average</source>
        <translation>mức trung bình thị trường</translation>
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation>mức trung bình 30 ngày trước đó của bạn</translation>
    </message>
    <message>
        <source>a usual minimum</source>
        <translation>mức tối thiểu thông thường</translation>
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation>“{product}” chiếm {share} GMV của các sản phẩm ({gmv} trên {total}, {n} sản phẩm được giới thiệu).</translation>
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation>{metric} là {value}, so với {reference_kind} là {reference} ({figures}).</translation>
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Product conversion</source>
        <translation>Chuyển đổi sản phẩm</translation>
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation>Tính theo trọn ngày trong múi giờ báo cáo; 7 ngày qua và 30 ngày qua đều bao gồm hôm nay</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Ngày cuối (bao gồm)</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>Thời gian chính xác</translation>
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation>Nhập thời điểm bắt đầu và kết thúc đến từng phút thay vì trọn ngày</translation>
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation>Bắt đầu (bao gồm), theo múi giờ báo cáo</translation>
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation>Kết thúc (không bao gồm), theo múi giờ báo cáo</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Múi giờ:</translation>
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation>Múi giờ báo cáo: ranh giới ngày và thời gian được tính theo múi giờ này. Nhập để tìm, ví dụ “Ho_Chi_Minh”.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Tệp CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Sổ làm việc Excel…</translation>
    </message>
    <message>
        <source>Conversion by product</source>
        <translation>Chuyển đổi theo sản phẩm</translation>
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation>Lượt nhấp có thể nhiều hơn lượt chuyển đổi: mỗi lần nhấn vào thẻ sản phẩm được tính là một lượt nhấp, còn chuyển đổi chỉ tính một lần cho mỗi đơn hàng đã thanh toán. Một người mua thường nhấn nhiều lần, và giỏ hàng có thể bị bỏ dở hoặc không được thanh toán. CTOR = đơn hàng ÷ lượt nhấp sản phẩm, cộng dồn các phiên LIVE trong khoảng thời gian.</translation>
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation>Các phiên LIVE bắt đầu trong khoảng thời gian. Nhấp đúp hoặc nhấn Enter vào một phiên LIVE để mở.</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>Tra cứu chỉ số</translation>
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation>
            <numerusform>Gợi ý (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>Đang hiển thị {range}</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>so với {previous}</translation>
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation>hôm nay chưa đầy đủ (dữ liệu đến {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation>
            <numerusform>%n phiên LIVE dùng tiền tệ khác không được tính vào tổng tiền</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>Chức năng xuất không khả dụng</translation>
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation>Dữ liệu của khoảng thời gian vẫn đang được đọc</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Một lượt xuất đang chạy</translation>
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation>Xuất tổng quan (khoảng thời gian, múi giờ, mỗi ngày một dòng và các tổng) dưới dạng CSV hoặc Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Xuất tổng quan</translation>
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation>Không thể xuất tổng quan: {error}</translation>
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation>Đã xuất tổng quan vào {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Chuyển đổi</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>Thời lượng xem TB</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Người xem cao điểm</translation>
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation>Không có sản phẩm nào được ghim vào lúc này</translation>
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation>SẢN PHẨM ĐANG GHIM</translation>
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation>SẢN PHẨM ĐANG GHIM · từ {clock}</translation>
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation>GMV {gmv}   Đơn hàng {orders}   Lượt nhấp {clicks}</translation>
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation>Nguồn này không có số liệu cho sản phẩm này</translation>
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation>Nhấp để chuyển đến thời điểm sản phẩm được ghim ({clock})</translation>
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation>Đang ghim, từ {since} · số lần ghim trong phiên LIVE này: %n</translation>
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation>Số lần ghim trong phiên LIVE này: %n
Nhấp để phát lại từ lần ghim lúc {since}.</translation>
    </message>
    <message>
        <source>No impressions yet</source>
        <translation>Chưa có lượt hiển thị</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Chưa có lượt nhấp</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Đã bán</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng SKU</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Lượt nhấp</translation>
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
        <translation>Thêm vào giỏ</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Lượt ghim</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation>Lượt nhấp ÷ lượt hiển thị</translation>
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation>Đơn hàng SKU ÷ lượt nhấp</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Tìm theo tên hoặc SKU</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Chọn các cột để hiển thị</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Luôn hiển thị</translation>
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>Không có dữ liệu sản phẩm cho phiên LIVE này. Hiệu quả sản phẩm lấy từ TikTok Shop API hoặc gói LiveDesk.</translation>
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation>Hiện không có sản phẩm nào được ghim</translation>
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation>
            <numerusform>Sản phẩm đã ghim trong phiên LIVE này: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation>Đang ghim: {name} — từ {since} · cả LIVE từ lúc ghim: lượt nhấp {clicks} · đơn hàng {orders} · GMV {gmv} · CTR {ctr}</translation>
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation>Tặng quà</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Giảm giá chớp nhoáng</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation>Đồng hồ LIVE; dài {length}, so với {length} ngay trước đó</translation>
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation>Không có sản phẩm nào được liên kết với khuyến mãi này</translation>
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation>Sản phẩm {id} không có trong danh sách sản phẩm của phiên LIVE này</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation>Không có dữ liệu cho khung thời gian khuyến mãi</translation>
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation>Không có dữ liệu cho khung thời gian trước khuyến mãi</translation>
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation>Không có gì trước khuyến mãi để so sánh (0)</translation>
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation>Trong khung thời gian: {during}
Cùng độ dài ngay trước đó: {before}</translation>
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation>Không hiển thị thay đổi: {why}</translation>
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation>Phần tăng thêm, theo báo cáo của nguồn: {n}</translation>
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation>{during} so với {before} ({change})</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa đầy đủ</translation>
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation>Khung thời gian này, hoặc khung ngay trước đó, chưa có đầy đủ trong dữ liệu: số liệu vẫn có thể thay đổi</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng SKU</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Khung thời gian</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation>Khuyến mãi và tặng quà</translation>
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation>Lượt hiển thị, lượt xem và đơn hàng SKU trong mỗi khuyến mãi so với khung thời gian cùng độ dài ngay trước đó (và mức thay đổi). Nhấp vào một dòng để chuyển bản phát lại đến lúc khuyến mãi bắt đầu.</translation>
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation>Không có khuyến mãi nào trong phiên LIVE này. Tặng quà và giảm giá chớp nhoáng lấy từ dữ liệu mẫu, gói LiveDesk hoặc ghi chú thủ công.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Phím cách</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
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
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation>Toàn phiên LIVE</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>30 phút gần nhất</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>5 phút gần nhất</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Phát hoặc tạm dừng (phím cách)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>Lùi 5 giây (←)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>Tiến 5 giây (→)</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Tốc độ phát</translation>
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation>Vị trí trong phiên LIVE: kéo hoặc nhấp để chuyển đến</translation>
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation>Nhấp đúp để xem toàn màn hình (Esc để thoát)</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● Trực tiếp</translation>
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation>Theo dõi trực tiếp phiên LIVE: bình luận mới nhất và sản phẩm đang ghim (tạm dừng bản phát lại)</translation>
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation>Chuyển video thành danh sách mọi bình luận có thể tìm kiếm, và ngược lại</translation>
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation>Tìm bình luận theo nội dung hoặc người dùng</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>Phát lại LIVE</translation>
    </message>
    <message>
        <source>Attach video…</source>
        <translation>Đính kèm video…</translation>
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation>Chọn bản ghi hình của phiên LIVE này và căn theo đồng hồ của phiên</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Hiện video</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Tất cả bình luận</translation>
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation>Bình luận theo thời gian thực (nhấp vào một bình luận để chuyển đến đó)</translation>
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation>Bình luận đến thời điểm phát lại (nhấp vào một bình luận để chuyển đến đó)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>{total} comments</source>
        <translation>{total} bình luận</translation>
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation>Phiên LIVE này chưa có bản phát lại. Hãy đính kèm một bản ghi hình (OBS hoặc bản phát lại đã tải về) để xem song song với các biểu đồ.</translation>
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation>Thiếu tệp phát lại: {path}</translation>
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation>Không thể chuẩn bị bản phát lại: {error}</translation>
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation>Phát video cần có VLC: hãy cài đặt VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Chi tiết: {why}</translation>
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation>Đang chuẩn bị video phát lại mẫu (chỉ lần đầu sử dụng)…</translation>
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation>Nhập tệp xuất Seller Center</translation>
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation>“{file}” không cho biết các phiên LIVE trong tệp thuộc tài khoản nào ({n} phiên trong tệp). Hãy chọn tài khoản (tên người dùng TikTok như @myshop), đồng thời kiểm tra tiền tệ và múi giờ của tệp.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Tài &amp;khoản:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Tiền tệ:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@tên_người_dùng</translation>
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation>Được ghi trong tên các cột tiền của tệp.</translation>
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation>Được nhận diện từ ký hiệu tiền tệ trong tệp ({currency}); hãy đổi nếu không đúng.</translation>
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation>Tệp không ghi rõ; hãy chọn tiền tệ của các cột tiền.</translation>
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation>Thời gian trong tệp được đọc theo múi giờ này (mặc định: múi giờ của tài khoản, nếu không có thì của máy tính này, {tz}).</translation>
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation>Các cột LiveDesk không nhận biết sẽ bị bỏ qua: {columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation>Hãy chọn tài khoản sở hữu các phiên LIVE.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>Tiền tệ phải là mã gồm ba chữ cái, ví dụ VND.</translation>
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation>“{tz}” không phải là múi giờ hợp lệ (hãy dùng tên như Asia/Ho_Chi_Minh hoặc UTC).</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation>Lọc danh sách phiên LIVE theo ngày, tài khoản, trạng thái hoặc văn bản ({key})</translation>
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation>Lọc ({shown}/{total})</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation>Lọc danh sách phiên LIVE</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Tài &amp;khoản:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạng t&amp;hái:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation>Tiêu đề, người dẫn, tài khoản hoặc ID phiên LIVE</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation>Chỉ các phiên LIVE bắt đầu từ ngày này trở đi</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation>Chỉ các phiên LIVE bắt đầu trước hoặc trong ngày này</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>Live and ended</source>
        <translation>Đang phát và đã kết thúc</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Đang phát</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa lọc</translation>
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation>Hiện lại tất cả phiên LIVE</translation>
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation>Đang liệt kê {shown}/{total} phiên LIVE</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation>● Đang phát · {title} · từ {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation>&amp;Tài khoản và nguồn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation>Ngôn ngữ của toàn bộ cửa sổ; số, tiền tệ và ngày tháng cũng hiển thị theo ngôn ngữ này</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Giao diện:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation>Tần suất &amp;làm mới:</translation>
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation>Mỗi giây một lần (ít tốn CPU nhất)</translation>
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation>
            <numerusform>%n lần mỗi giây</numerusform>
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation>Tần suất biểu đồ và thẻ vẽ lại những gì đã thay đổi khi phiên LIVE đang phát. Dữ liệu trực tiếp luôn được cập nhật mỗi giây một lần, dù bạn chọn gì.</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>Múi giờ &amp;báo cáo:</translation>
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation>Múi giờ riêng của từng tài khoản</translation>
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation>Múi giờ dùng để tính ngày trong Tổng quan; nhập để tìm</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Thư mục &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>T&amp;hay đổi…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>Dùng &amp;mặc định</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation>Không thể thiết lập nguồn dữ liệu trong cửa sổ này.</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation>“{text}” không phải là múi giờ; hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Chọn thư mục dữ liệu</translation>
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation>LiveDesk sẽ dùng thư mục này từ lần khởi động tiếp theo. Dữ liệu của bạn vẫn nằm trong {old}: hãy sao chép livedesk.sqlite3 và thư mục appeals sang thư mục mới để giữ lại dữ liệu.</translation>
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation>Bộ nhớ đệm các phiên LIVE của bạn (livedesk.sqlite3) và bằng chứng kháng nghị được lưu tại đây.</translation>
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
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation>{measure} của tất cả kênh: {total}</translation>
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation>{measure}: {value} trên {total}
Tỷ trọng chính xác: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>% GMV</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>% hiển thị</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>% lượt xem</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Nguồn lưu lượng</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>Tỷ trọng GMV</translation>
    </message>
    <message>
        <source>Share of impressions</source>
        <translation>Tỷ trọng lượt hiển thị</translation>
    </message>
    <message>
        <source>Share of views</source>
        <translation>Tỷ trọng lượt xem</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng SKU</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>Giá TB</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (không chính thức)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>Máy tính này không có kho khóa của hệ điều hành.</translation>
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation>LiveDesk chỉ lưu khóa bí mật ứng dụng, mã truy cập và mật khẩu trong kho khóa của hệ điều hành (Windows Credential Manager, macOS Keychain, Secret Service hoặc KWallet), không bao giờ lưu trong tệp, nên nếu không có kho khóa thì LiveDesk không thể giữ chúng sau khi bạn đóng ứng dụng.</translation>
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation>Chỉ giữ thông tin bí mật cho lần chạy này (bạn sẽ phải nhập lại vào lần sau)</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation>Đã lưu. Thông tin bí mật nằm trong kho khóa của hệ điều hành.</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation>Đã lưu. Thông tin bí mật chỉ được giữ trong bộ nhớ cho lần chạy này.</translation>
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation>&lt;b&gt;Không chính thức.&lt;/b&gt; Các sự kiện trong phòng TikTok LIVE — người xem, bình luận, lượt thích, quà tặng, lượt theo dõi, lượt chia sẻ và lượt ghim sản phẩm, ngay khi diễn ra — được nhận qua thư viện bên thứ ba TikTokLive, vốn đọc kết nối LIVE của TikTok mà không có sự chấp thuận của TikTok. Tính năng này cần gói bổ sung tùy chọn (&lt;code&gt;{hint}&lt;/code&gt;) và một máy chủ ký của bên thứ ba (Euler Stream) trên internet, và có thể ngừng hoạt động bất cứ khi nào TikTok thay đổi. Số liệu chính thức (GMV, đơn hàng, sản phẩm) lấy từ trang TikTok Shop.</translation>
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation>Không khả dụng: chưa cài đặt thư viện TikTokLive. Hãy cài gói bổ sung tùy chọn bằng {hint} (hoặc `uv sync --extra tiktok` trong bản mã nguồn) rồi khởi động lại LiveDesk.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Nhà sáng tạo</translation>
    </message>
    <message>
        <source>Sign server API key</source>
        <translation>Khóa API máy chủ ký</translation>
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation>@tên_người_dùng hoặc địa chỉ của phiên LIVE</translation>
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation>tùy chọn: khóa Euler Stream giúp nâng giới hạn của máy chủ ký</translation>
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation>Nhận sự kiện của phòng này khi LiveDesk đang chạy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation>LiveDesk kết nối khi nhà sáng tạo bắt đầu phát LIVE và kiểm tra lại mỗi phút khi họ chưa phát. Máy chủ ký giới hạn số kết nối được khởi tạo: khi chạm giới hạn, LiveDesk tự chờ rồi thử lại (trạng thái cho biết phải chờ bao lâu); khóa API Euler Stream giúp nâng giới hạn này. Phiên LIVE của phòng và cùng phiên LIVE đó từ TikTok Shop được hiển thị là một phiên LIVE.</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>đã lưu — để trống để giữ nguyên</translation>
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation>Hãy nhập @tên_người_dùng của nhà sáng tạo.</translation>
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation>Ngừng nhận dữ liệu từ phòng TikTok LIVE và xóa cài đặt của phòng?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Tên tài khoản</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Khóa ứng dụng</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Khóa bí mật ứng dụng</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>Ủy quyền bằng</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Mã ủy quyền</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Mã làm mới</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>Địa chỉ API</translation>
    </message>
    <message>
        <source>Token host</source>
        <translation>Máy chủ cấp mã</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>an authorization code</source>
        <translation>mã ủy quyền</translation>
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation>mã truy cập và mã làm mới</translation>
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation>ví dụ myshop (chữ cái, chữ số, _ . -)</translation>
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation>từ Partner Center → App &amp; Service → ứng dụng của bạn</translation>
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation>mã từ liên kết ủy quyền của người bán (chỉ dùng một lần)</translation>
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation>tùy chọn: tên hoặc ID, khi người bán ủy quyền nhiều cửa hàng</translation>
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation>Đồng bộ tài khoản này khi LiveDesk đang chạy</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation>Đổi mã hoặc làm mới mã truy cập, và tìm cửa hàng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation>&lt;b&gt;Cách kết nối cửa hàng:&lt;/b&gt; trong TikTok Shop Partner Center, tạo một ứng dụng có phạm vi Shop Analytics rồi sao chép khóa ứng dụng và khóa bí mật ứng dụng. Người bán mở liên kết ủy quyền của ứng dụng; dán mã nhận được vào đây (mã chỉ dùng được một lần, trong khoảng 30 phút) rồi nhấn Lưu: LiveDesk sẽ đổi mã lấy mã truy cập, tìm cửa hàng và tự động làm mới mã truy cập. Khu vực quyết định múi giờ và tiền tệ của cửa hàng. Dữ liệu LIVE được cập nhật khi TikTok công bố: số liệu hôm nay trong vòng vài phút, chi tiết của một phiên LIVE sau một đến hai ngày.</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>đã lưu trong kho khóa — để trống để giữ nguyên</translation>
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation>được giữ cho lần chạy này — để trống để giữ nguyên</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Không chạy: đã tắt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Không chạy</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>Cửa hàng: {shop}</translation>
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation>Xóa tài khoản TikTok Shop “{name}” và xóa thông tin bí mật của tài khoản khỏi kho khóa?</translation>
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation>Tên tài khoản có thể gồm chữ cái, chữ số, “_”, “.” và “-” (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>Đã có tài khoản tên “{name}”.</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>Hãy nhập khóa ứng dụng.</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>Hãy nhập khóa bí mật ứng dụng.</translation>
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation>Hãy nhập mã ủy quyền, hoặc mã truy cập và mã làm mới.</translation>
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation>Đã kết nối: cửa hàng “{shop}” ({region}).</translation>
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation>Các cửa hàng khác đã ủy quyền: {names}.</translation>
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation>Hãy lưu để giữ mã truy cập mới.</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Kết nối thất bại: {reason}</translation>
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation>Tỷ trọng nguồn lưu lượng</translation>
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation>Đã làm tròn để mỗi cột cộng lại bằng 100%; di chuột để xem giá trị chính xác.</translation>
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation>Tỷ trọng được làm tròn theo phương pháp phần dư lớn nhất, nên các giá trị đã làm tròn của mỗi cột cộng lại đúng bằng 100%.</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation>Không có dữ liệu nguồn lưu lượng cho phiên LIVE này. Tỷ trọng theo kênh lấy từ TikTok Shop API (tài khoản chính thức và tài khoản tiếp thị) hoặc gói LiveDesk.</translation>
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation>Nguồn lưu lượng của phiên LIVE này</translation>
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation>Lưu lượng từ video đến phiên LIVE này</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>Không có dữ liệu nguồn lưu lượng cho phiên LIVE này.
Dữ liệu chi tiết theo kênh lấy từ TikTok Shop API (tài khoản chính thức và tài khoản tiếp thị) hoặc từ gói LiveDesk.</translation>
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation>Đánh dấu tối đa {n} kênh (nhấp vào ô hoặc nhấn phím cách) để so sánh trên biểu đồ. Dòng tổng luôn ở cuối bất kể cách sắp xếp.</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>So sánh kênh</translation>
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation>Chỉ số &amp;biểu đồ:</translation>
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation>Biểu đồ vẽ gì cho mỗi kênh được đánh dấu, theo từng phút</translation>
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation>Đánh dấu tối đa {n} kênh trong bảng (phím cách bật/tắt dòng đang chọn). Giá trị tính theo phút, đoạn cuối chấm chấm là phút chưa hoàn tất; nhấp vào biểu đồ để chuyển bản phát lại đến thời điểm đó.</translation>
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation>Lưu lượng từ video đến LIVE</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>Xếp &amp;hạng theo:</translation>
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation>Xếp hạng video theo lưu lượng hoặc doanh số mà video mang lại</translation>
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation>Không có lưu lượng từ video cho phiên LIVE này.
Các video ngắn đã đưa người xem vào phòng lấy từ TikTok Shop API hoặc từ gói LiveDesk.</translation>
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>Không có xu hướng theo kênh cho phiên LIVE này.
Chuỗi thời gian theo kênh lấy từ TikTok Shop API (tài khoản chính thức và tài khoản tiếp thị) hoặc từ gói LiveDesk.</translation>
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation>Chưa đánh dấu kênh nào.
Đánh dấu tối đa {n} kênh trong bảng phía trên để so sánh xu hướng.</translation>
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation>Chưa đánh dấu “{channel}”: biểu đồ chỉ so sánh tối đa {n} kênh. Hãy bỏ đánh dấu một kênh trước.</translation>
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation>Không có kênh nào chưa được khai thác: trong các kênh có tỷ trọng lượt hiển thị dưới mức trung vị, không kênh nào có tỷ lệ nhấn xem hoặc chuyển đổi tốt gấp ít nhất {ratio} mức trung bình của phiên LIVE này.</translation>
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation>có tỷ lệ nhấn xem cao gấp {ratio} mức trung bình (nhấn xem {rate} so với {average})</translation>
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation>chuyển đổi lượt nhấp thành đơn hàng tốt gấp {ratio} mức trung bình (CTOR {rate} so với {average})</translation>
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation>chuyển đổi lượt xem thành đơn hàng tốt gấp {ratio} mức trung bình (tỷ lệ đặt hàng {rate} so với {average})</translation>
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation>Kênh chưa được khai thác: {channel} {what} nhưng chỉ mang lại {share} lượt hiển thị (kênh trung vị: {median}) — nên đẩy thêm lưu lượng qua kênh này.</translation>
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation>Trả phí</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Tự nhiên</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation>Tất cả kênh: {value}</translation>
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation>{value} trên {total}
Tỷ trọng chính xác: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>% hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>% lượt xem</translation>
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
        <translation>Nhấn xem</translation>
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
        <translation>Tỷ lệ đặt hàng</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM lượt xem</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Lượt nhấp</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng SKU</translation>
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation>Nguồn lưu lượng; đánh dấu tối đa 5 kênh để so sánh xu hướng trên biểu đồ</translation>
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation>Lưu lượng trả phí (quảng cáo, quảng bá) hoặc tự nhiên</translation>
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation>Lượt hiển thị: số lần phiên LIVE được hiển thị qua kênh này</translation>
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation>Tỷ trọng trong lượt hiển thị của phiên LIVE</translation>
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation>Số lượt vào phòng LIVE (tính cả lượt quay lại)</translation>
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation>Tỷ trọng trong lượt xem của phiên LIVE</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation>Giá trị các đơn hàng đã thanh toán được ghi nhận cho kênh này</translation>
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation>Tỷ trọng trong GMV của phiên LIVE</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation>Tỷ lệ nhấn xem (ERR, tỷ lệ vào phòng): lượt xem ÷ lượt hiển thị</translation>
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation>CTR LIVE: lượt nhấp sản phẩm ÷ lượt xem</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation>Tỷ lệ nhấp thành đơn: đơn hàng SKU ÷ lượt nhấp sản phẩm</translation>
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation>Tỷ lệ đặt hàng: đơn hàng SKU ÷ lượt xem</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV trên 1.000 lượt xem</translation>
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation>Lượt nhấp sản phẩm: số lượt nhấp mở trang chi tiết sản phẩm</translation>
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation>Các dòng đơn hàng theo SKU</translation>
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation>Đánh dấu để so sánh kênh này trên biểu đồ (tối đa {n} kênh)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation>Đã ghim sản phẩm</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Tặng quà</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Giảm giá chớp nhoáng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>LIVE ended</source>
        <translation>Phiên LIVE kết thúc</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation>T&amp;rục trái:</translation>
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation>Trục p&amp;hải:</translation>
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation>Nhấp vào một điểm đánh dấu hoặc một điểm trên đường biểu diễn để chuyển bản phát lại đến thời điểm đó. Kéo dải chọn trên thanh bên dưới biểu đồ, hoặc kéo các cạnh của nó, để chọn khoảng thời gian tùy chỉnh. Các chỉ số dạng cộng dồn được hiển thị theo từng phút liền trước.</translation>
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation>Toàn bộ phiên LIVE: kéo dải chọn hoặc các cạnh của nó để chọn khoảng thời gian hiển thị</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Điểm đánh dấu:</translation>
    </message>
    <message>
        <source>Product pin</source>
        <translation>Ghim sản phẩm</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation>Khuyến mãi / tặng quà</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation>Hiện hoặc ẩn điểm đánh dấu “{kind}”</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation>Thêm ghi chú tại thời điểm hiện tại (M): vị trí phát lại nếu bạn đã di chuyển, nếu không thì dữ liệu mới nhất</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
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
        <translation>Đang xuất dữ liệu xu hướng…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation>Tùy chỉnh: {start} – {end}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation>Ghi chú lúc {clock} (đồng hồ LIVE):</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>Không thể lưu ghi chú: {error}</translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>Chức năng xuất không khả dụng</translation>
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation>Mở một phiên LIVE để xuất dữ liệu xu hướng</translation>
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation>Có thể xuất sau khi phiên LIVE kết thúc (dữ liệu vẫn đang được cập nhật).</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Một lượt xuất đang chạy</translation>
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation>Xuất dữ liệu xu hướng của phiên LIVE này dưới dạng bảng: mỗi phút một dòng, mọi chỉ số và các sự kiện</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export trend data</source>
        <translation>Xuất dữ liệu xu hướng</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>Không thể bắt đầu xuất: một lượt xuất khác đang chạy.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Đã hủy xuất.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Xuất thất bại: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Đã xuất vào {path}</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation>Tách các nguồn đã gộp</translation>
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation>LiveDesk hiển thị cùng một phiên LIVE được nhiều nguồn ghi nhận thành một phiên LIVE: LiveDesk khớp chúng theo ID phiên LIVE của nền tảng, nếu không có thì theo nhà sáng tạo và thời gian. Nếu một nguồn bị gộp nhầm vào phiên LIVE này, hãy tách nguồn đó ra: số liệu, bình luận, sự kiện và sản phẩm của nguồn đó sẽ được chuyển sang một phiên LIVE riêng, và LiveDesk sẽ không gộp hai phiên này lại nữa.</translation>
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation>Phiên LIVE: {title} (bắt đầu lúc {start})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>LIVE id</source>
        <translation>ID phiên LIVE</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Khớp theo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation>Đang đọc các nguồn đã gộp…</translation>
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation>Không có nguồn nào khác được gộp vào phiên LIVE này: không có gì để tách.</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Tách</translation>
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation>Đưa phiên LIVE của nguồn đã chọn trở lại thành một mục riêng trong danh sách phiên LIVE</translation>
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation>cùng ID phiên LIVE</translation>
    </message>
    <message>
        <source>the same creator and time</source>
        <translation>cùng nhà sáng tạo và thời gian</translation>
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation>Tách {source} ({account}, phiên LIVE {live}) khỏi phiên LIVE này?

Mọi dữ liệu nguồn này đã gửi sẽ được chuyển sang một phiên LIVE riêng, và LiveDesk sẽ không gộp hai phiên này lại nữa.</translation>
    </message>
    <message>
        <source>Separating…</source>
        <translation>Đang tách…</translation>
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation>Đã tách: phiên LIVE {live} của {source} giờ là một phiên LIVE riêng (đã chuyển {rows} dòng).</translation>
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation>Không thể tách: {reason}</translation>
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation>Tá&amp;ch các nguồn đã gộp…</translation>
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation>Hoàn tác một lần gộp nhầm: tách phiên LIVE của một nguồn đã bị gộp vào phiên LIVE đang hiển thị thành một phiên LIVE riêng</translation>
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation>Hãy mở một phiên LIVE trước: các nguồn đã gộp sẽ được tách khỏi phiên LIVE đó.</translation>
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation>Chức năng tách nguồn đã gộp không khả dụng.</translation>
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation>Đã tách phiên LIVE {live} của {source} khỏi phiên LIVE này.</translation>
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>Nguồn này không cung cấp</translation>
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
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation>Hạng theo số liệu đã chọn ở “Xếp hạng theo”</translation>
    </message>
    <message>
        <source>The short video's title</source>
        <translation>Tiêu đề của video ngắn</translation>
    </message>
    <message>
        <source>When the video was posted</source>
        <translation>Thời điểm đăng video</translation>
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation>Lượt hiển thị: lượt hiển thị LIVE đến từ video này</translation>
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation>Số lượt vào phòng LIVE từ video này</translation>
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation>GMV được ghi nhận cho người xem đến từ video này</translation>
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
        <translation>Mức độ nghiêm trọng cao</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>Mức độ nghiêm trọng trung bình</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>Mức độ nghiêm trọng thấp</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Hậu quả:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Nên làm gì:</translation>
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation>Kháng nghị: {status} ({when}){note}</translation>
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation>Kháng nghị: {status}</translation>
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation>▶ Phát đoạn clip</translation>
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation>Phát thời điểm này trong bản phát lại, kèm {s} s trước và sau</translation>
    </message>
    <message>
        <source>Go to moment</source>
        <translation>Đến thời điểm</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>Kháng nghị…</translation>
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation>Tiếp tục kháng nghị…</translation>
    </message>
    <message>
        <source>View appeal…</source>
        <translation>Xem kháng nghị…</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation>Chưa kháng nghị</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Được chấp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>Phiên LIVE</translation>
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation>Mốc LIVE</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Kháng nghị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation>Chưa kết nối: hãy lưu cài đặt để khởi động nguồn này</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>Không chạy: đã tắt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Không chạy</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation>Không có kho khóa của hệ điều hành: hãy đánh dấu “Chỉ giữ thông tin bí mật cho lần chạy này” ở trên, hoặc cài đặt một kho khóa, để lưu mật khẩu và mã truy cập.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>Không thể tải bản dịch cho {lang}.</translation>
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation>Không thể đính kèm video: {error}</translation>
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation>Đã đính kèm video: {name}</translation>
    </message>
</context>
</TS>