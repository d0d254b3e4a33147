<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation>ค้นหา(&amp;S):</translation>
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation>นโยบาย เหตุผล ไลฟ์ หรือบัญชี</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>บัญชี(&amp;C):</translation>
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation>นโยบาย(&amp;I):</translation>
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation>อุทธรณ์(&amp;L):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>วันที่ตั้งแต่(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation>ดับเบิลคลิกการละเมิด (หรือกด Enter) เพื่อเปิดไลฟ์ ณ ช่วงเวลาที่เกิดการละเมิด</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>ทุกบัญชี</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>ทุกนโยบาย</translation>
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation>ไม่มีการละเมิดในแคช</translation>
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation>การละเมิด {shown} จาก {total} รายการ</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>อุทธรณ์</translation>
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation>อุทธรณ์ — {policy}</translation>
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation>คำอุทธรณ์ของคุณ(&amp;Y) (เกิดอะไรขึ้น และเหตุใดเนื้อหาจึงไม่ละเมิดนโยบาย):</translation>
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation>อธิบายว่าเหตุใดจึงควรยกเลิกการละเมิดนี้…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>หลักฐาน:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>เลือกไฟล์(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>นำออก(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ประวัติ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation>ส่งคำอุทธรณ์(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation>บันทึกคำอุทธรณ์ การละเมิด ประวัติ และหลักฐานเป็นไฟล์ .zip</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>บันทึกว่าอนุมัติ(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>บันทึกว่าปฏิเสธ(&amp;R)</translation>
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation>แหล่งข้อมูลของไลฟ์นี้ไม่รับคำอุทธรณ์: LiveDesk จะเก็บคำอุทธรณ์ไว้เป็นบันทึกในเครื่อง ให้ส่งออกคำอุทธรณ์ ยื่นต่อแพลตฟอร์ม แล้วบันทึกผลการพิจารณาที่นี่</translation>
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation>กำลังโหลดการละเมิด…</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>นโยบาย</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>บทลงโทษ</translation>
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation>{status} — บันทึกเมื่อ {time}</translation>
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation>{status} — ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>สถานะ: {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation>ยังไม่มีขั้นตอน: ฉบับร่างแรกจะถูกบันทึกขณะที่คุณพิมพ์</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>บันทึกไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>เลือกหลักฐาน</translation>
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation>รูปภาพ วิดีโอ และเอกสาร (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Export the appeal</source>
        <translation>ส่งออกคำอุทธรณ์</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ไฟล์บีบอัด Zip (*.zip)</translation>
    </message>
    <message>
        <source>recorded by the user</source>
        <translation>บันทึกโดยผู้ใช้</translation>
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation>แนบวิดีโอ</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ยังไลฟ์อยู่</translation>
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation>เลือกไฟล์บันทึกของ “{title}” (เริ่มเมื่อ {when}, {length}): ไฟล์บันทึกจาก OBS หรือรีเพลย์ที่ดาวน์โหลดมา จากนั้นระบุว่าวิดีโอเริ่มที่เวลาใดในไลฟ์ หรือเทียบเวลาจากช่วงเวลาที่คุณจำได้</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>วิดีโอ(&amp;V):</translation>
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation>ไฟล์วิดีโอ หรือ URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Line up a moment</source>
        <translation>เทียบเวลาจากช่วงเวลาหนึ่ง</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation>เลื่อนไปยังเฟรมที่คุณรู้เวลาในไลฟ์</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 วิ</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>ถอยหลังหนึ่งวินาที</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 วิ</translation>
    </message>
    <message>
        <source>One second forward</source>
        <translation>เดินหน้าหนึ่งวินาที</translation>
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation>เฟรมนี้คือเวลาในไลฟ์(&amp;F):</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation>นาฬิกาไลฟ์ที่เฟรมที่แสดง (เวลานับจากเริ่มไลฟ์)</translation>
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation>เทียบเวลา(&amp;L)</translation>
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation>คำนวณเวลาเริ่มของวิดีโอจากเฟรมนี้</translation>
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation>วิดีโอเริ่มที่เวลาในไลฟ์(&amp;T):</translation>
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation>±h:mm:ss</translation>
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation>ค่าติดลบเมื่อเริ่มบันทึกก่อนไลฟ์</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation>เลือกไฟล์วิดีโอ</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ไม่มีไฟล์ {path}</translation>
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation>พิมพ์เวลาเริ่มของวิดีโอในรูปแบบ ±h:mm:ss เช่น -0:00:05</translation>
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation>เลือกวิดีโอของไลฟ์</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>วิดีโอ ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation>พิมพ์เวลาในไลฟ์ของเฟรมในรูปแบบ h:mm:ss เช่น 0:12:30</translation>
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation>แสดงวิดีโอไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation>เลือกวิดีโอเพื่อดูเฟรมที่นี่</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>กำลังเปิดวิดีโอ…</translation>
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation>เล่นไฟล์นี้ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation>เลื่อนไปยังเฟรมที่คุณรู้เวลาในไลฟ์ (นาฬิกาบนหน้าจอ สินค้าที่คุณปักหมุด) พิมพ์เวลานั้นด้านล่าง แล้วกด “เทียบเวลา”</translation>
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation>เริ่มบันทึกก่อนไลฟ์ {d} (เมื่อ {when})</translation>
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation>เริ่มบันทึกหลังไลฟ์เริ่มไปแล้ว {d} (เมื่อ {when})</translation>
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation>เริ่มบันทึกพร้อมกับไลฟ์ (เมื่อ {when})</translation>
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation>โปรไฟล์กลุ่มผู้ชม</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation>โปรไฟล์ผู้ชม: ทุกคนที่ดูไลฟ์นี้</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation>โปรไฟล์ลูกค้า: ทุกคนที่ซื้อในไลฟ์นี้</translation>
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation>หน้าก่อนหน้า (ลูกศรซ้าย)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation>หน้าถัดไป (ลูกศรขวา)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>ไม่มีโปรไฟล์กลุ่มผู้ชมสำหรับไลฟ์นี้ โปรไฟล์ผู้ชมและลูกค้ามาจาก TikTok Shop API หรือชุดข้อมูล LiveDesk</translation>
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation>ไลฟ์ของคุณ</translation>
    </message>
    <message>
        <source>Market average</source>
        <translation>ค่าเฉลี่ยตลาด</translation>
    </message>
    <message>
        <source>market average</source>
        <translation>ค่าเฉลี่ยตลาด</translation>
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation>ค่าเฉลี่ย 14 วันของคุณ</translation>
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation>ค่าเฉลี่ย 14 วันของคุณเอง (ไม่มีค่าเฉลี่ยตลาด)</translation>
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation>{metric}: ไลฟ์ของคุณใน 14 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation>เทียบกับ{ref}: {value}</translation>
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation>เทียบกับ{ref}</translation>
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation>ไม่มีไลฟ์ก่อนหน้าใน 14 วันที่ผ่านมาให้เปรียบเทียบ</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation>ฟีดสำหรับคุณ</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>สำหรับคุณ</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>กำลังติดตาม</translation>
    </message>
    <message>
        <source>Following feed</source>
        <translation>ฟีดกำลังติดตาม</translation>
    </message>
    <message>
        <source>LIVE feed</source>
        <translation>ฟีดไลฟ์</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>วิดีโอสั้น</translation>
    </message>
    <message>
        <source>Shop tab</source>
        <translation>แท็บร้านค้า</translation>
    </message>
    <message>
        <source>LIVE ads</source>
        <translation>โฆษณาไลฟ์</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>แบบเสียเงิน</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation>แนวโน้ม: {metric}</translation>
    </message>
    <message>
        <source>Choose the metric</source>
        <translation>เลือกตัวชี้วัด</translation>
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation>เปิดในแท็บแนวโน้มประสิทธิภาพ</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>ตัวเร่งทราฟฟิก</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>ตัวชี้วัดทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation>{state} · ซิงค์ล่าสุด {time}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation>รอขีดจำกัดจำนวนคำขอ ({s} วินาที)</translation>
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation>ลองใหม่ใน {s} วินาที</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ไม่ระบุเหตุผล</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>ซิงค์ล่าสุด: {time}</translation>
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation>ไลฟ์นี้</translation>
    </message>
    <message>
        <source>All LIVEs</source>
        <translation>ไลฟ์ทั้งหมด</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>คุณภาพเนื้อหา</translation>
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation>เลือกไลฟ์เพื่อดูการละเมิด</translation>
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation>ไม่มีการละเมิดที่บันทึกไว้สำหรับไลฟ์นี้</translation>
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation>การละเมิดมาจากแพลตฟอร์ม (TikTok Shop API, แบนเนอร์ในห้อง TikTok LIVE) หรือจากชุดข้อมูล LiveDesk มุมมอง “ไลฟ์ทั้งหมด” แสดงการละเมิดของทุกไลฟ์ในแคช</translation>
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation>การละเมิด 1 รายการในไลฟ์นี้</translation>
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation>การละเมิด {n} รายการในไลฟ์นี้</translation>
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation>เล่นคลิปเพื่อดูว่าส่วนใดถูกระบุว่าละเมิด และยื่นอุทธรณ์ขณะที่ยังเปลี่ยนผลการพิจารณาได้</translation>
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation>คลิก {clicks} ครั้ง คำสั่งซื้อที่ชำระแล้ว {orders} รายการ จากลูกค้า {customers} คน ใน {lives} ไลฟ์</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>การคลิก</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
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
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation>การคลิกสินค้า: การแตะที่เปิดหน้าสินค้า</translation>
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation>ผู้ซื้อที่ชำระเงิน นับแยกแต่ละไลฟ์แล้วรวมกัน</translation>
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation>คำสั่งซื้อ SKU ที่ชำระแล้ว</translation>
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation>อัตราการคลิกเป็นคำสั่งซื้อ: คำสั่งซื้อ ÷ การคลิกสินค้า</translation>
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation>ไลฟ์ในช่วงนี้ที่แสดงสินค้านี้</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation>ติดตั้งหรือปลดล็อกคีย์ริงของระบบ (Windows Credential Manager, macOS Keychain หรือ Secret Service / KWallet บน Linux) เพื่อเก็บไว้ระหว่างการใช้งานแต่ละครั้ง</translation>
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation>แบ็กเอนด์คีย์ริงเป็นคีย์ริงว่าง ซึ่งไม่เก็บสิ่งใดเลย</translation>
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation>ไม่มีแบ็กเอนด์คีย์ริงของระบบในเครื่องนี้</translation>
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation>อ่านไม่สำเร็จ ({error})</translation>
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation>เขียนไม่สำเร็จ ({error})</translation>
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation>คีย์ริงไม่ได้เก็บสิ่งที่เขียนไว้</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>ไม่มีคีย์ริงของระบบที่ใช้งานได้: {reason} ({backend}) ข้อมูลลับจะเก็บไว้ในหน่วยความจำเฉพาะการใช้งานครั้งนี้ และต้องป้อนใหม่ในครั้งถัดไป</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation>ไม่มีคีย์ริงของระบบที่ใช้งานได้: {reason} ({backend})</translation>
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation>ปรับแต่งข้อมูลหลัก</translation>
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation>เลือกตัวชี้วัดได้สูงสุด {n} รายการ ตัวชี้วัดกลุ่มตัวเร่งทราฟฟิกมีผลมากที่สุดต่อปริมาณทราฟฟิกออร์แกนิกที่ไลฟ์ได้รับ</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>ค้นหาตัวชี้วัด…</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>ตัวเร่งทราฟฟิก</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>ตัวชี้วัดทั้งหมด</translation>
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation>แสดงตัวชี้วัดได้สูงสุด {n} รายการ ยกเลิกการเลือกหนึ่งรายการเพื่อเพิ่ม “{label}”</translation>
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation>เลือกแล้ว {n} จาก {max}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation>ส่งออกไลฟ์</translation>
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation>ส่งออก “{title}” ({when}, {length})</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation>ชุดข้อมูล LiveDesk แบบไฟล์ zip(&amp;Z)</translation>
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation>ทุกอย่างที่ LiveDesk มีเกี่ยวกับไลฟ์นี้รวมในไฟล์เดียว สำหรับเก็บถาวรหรือแชร์ LiveDesk เครื่องอื่นเปิดได้ด้วยเมนู ไฟล์ → นำเข้า</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation>ชุดข้อมูล LiveDesk แบบโฟลเดอร์(&amp;F)</translation>
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation>ข้อมูลเดียวกันในรูปแบบโฟลเดอร์ของไฟล์ CSV และ JSON สำหรับเครื่องมืออื่น</translation>
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation>ตารางแนวโน้ม แบบ CSV(&amp;C)</translation>
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation>หนึ่งแถวต่อนาที: ทุกตัวชี้วัดและเหตุการณ์</translation>
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation>ตารางแนวโน้ม แบบ Excel (XLSX)(&amp;E)</translation>
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation>ตารางเดียวกันในรูปแบบเวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation>รวมวิดีโอรีเพลย์ไว้ในชุดข้อมูล(&amp;V)</translation>
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation>คัดลอก {file} ลงในชุดข้อมูล</translation>
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation>ไลฟ์นี้ไม่มีวิดีโอรีเพลย์ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>บันทึกไปที่(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>เลือกตำแหน่งที่จะบันทึกไฟล์ส่งออก</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation>{path} เป็นไฟล์ ชุดข้อมูลแบบโฟลเดอร์ต้องใช้ชื่อโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation>บันทึกโฟลเดอร์ชุดข้อมูลไว้ใน</translation>
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation>ชุดข้อมูล LiveDesk (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>มี {path} อยู่แล้ว ต้องการแทนที่หรือไม่?</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation>ไม่สามารถส่งออกได้</translation>
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation>เปิดไลฟ์ก่อน: “ส่งออกไลฟ์” จะบันทึกไลฟ์ที่แสดงบนหน้าจอ</translation>
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation>“{title}” ยังไลฟ์อยู่: ส่งออกได้เมื่อไลฟ์จบแล้ว (ข้อมูลยังเข้ามาอยู่)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>มีการส่งออกที่กำลังดำเนินอยู่แล้ว</translation>
    </message>
    <message>
        <source>Export LIVE</source>
        <translation>ส่งออกไลฟ์</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>เริ่มการส่งออกไม่ได้: มีการส่งออกอื่นกำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>กำลังส่งออก “{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>กำลังเขียน {what}…</translation>
    </message>
    <message>
        <source>, with the replay video</source>
        <translation>, พร้อมวิดีโอรีเพลย์</translation>
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation>ส่งออกชุดข้อมูลไปที่ {path} แล้ว: {rows} แถวใน {tables} ตาราง{video}</translation>
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation>ส่งออกตารางแนวโน้มไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation>ส่งออกไลฟ์ไม่ได้ ไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>ส่งออกไม่สำเร็จ: {error}</translation>
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation>ผู้ติดตามเทียบกับผู้ที่ไม่ได้ติดตาม</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>ผู้ติดตาม</translation>
    </message>
    <message>
        <source>Non-followers</source>
        <translation>ผู้ที่ไม่ได้ติดตาม</translation>
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation>ราคาเฉลี่ย: GMV ÷ คำสั่งซื้อหลัก</translation>
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>ไม่มีข้อมูลผู้ติดตามสำหรับไลฟ์นี้ ข้อมูลแยกผู้ติดตามมาจาก TikTok Shop API หรือชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation>{segment}: สัดส่วนที่แน่นอน {exact}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation>{h} ชม. {m} นาที</translation>
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation>{m} นาที {s} วิ</translation>
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation>{s} วิ</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation>สถานะสตรีมมาจาก OBS (การตั้งค่า → แหล่งข้อมูล → OBS)</translation>
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation>บิตเรตขาออกจากการตรวจครั้งล่าสุด สีเขียวตั้งแต่ {good} kbps สีเหลืองอำพันตั้งแต่ {warn} kbps สีแดงเมื่อต่ำกว่านั้นหรือขณะที่ OBS กำลังเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>เฟรมที่หลุดเพราะเครือข่ายตั้งแต่เริ่มสตรีม สีเขียวเมื่อต่ำกว่า {warn} สีเหลืองอำพันเมื่อต่ำกว่า {bad} สีแดงตั้งแต่ {bad}</translation>
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>ระดับความหนาแน่นของเอาต์พุต OBS สีเขียวเมื่อต่ำกว่า {warn} สีเหลืองอำพันเมื่อต่ำกว่า {bad} สีแดงตั้งแต่ {bad}</translation>
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>การใช้ CPU ของ OBS สีเขียวเมื่อต่ำกว่า {warn} สีเหลืองอำพันเมื่อต่ำกว่า {bad} สีแดงตั้งแต่ {bad}</translation>
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation>บิตเรต: กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation>บิตเรต {value}</translation>
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation>บิตเรต {value} kbps</translation>
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation>เฟรมหลุด {value}</translation>
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation>ความหนาแน่น {value}</translation>
    </message>
    <message>
        <source>OBS CPU {value}</source>
        <translation>CPU ของ OBS {value}</translation>
    </message>
</context>
<context>
    <name>HintsView</name>
    <message>
        <source>Hints appear here once the range's data has been read.</source>
        <translation>คำแนะนำจะแสดงที่นี่เมื่ออ่านข้อมูลของช่วงนี้เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation>คำนวณจากยอดรวมของช่วงนี้เทียบกับค่าเฉลี่ยตลาด (หรือค่าเฉลี่ยของคุณเองใน 30 วันก่อนหน้า) คำแนะนำแต่ละข้อระบุตัวเลขที่ใช้อ้างอิง</translation>
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation>ไม่มีอะไรโดดเด่นในช่วงนี้: อัตราการแตะเข้า CTR ไลฟ์ CTOR และระยะเวลาดูใกล้เคียงหรือสูงกว่าค่าอ้างอิง และยอดขายกระจายอยู่ในสินค้าหลายรายการ</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation>นำเข้าไลฟ์</translation>
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation>ชุดข้อมูล LiveDesk และไฟล์ส่งออกจาก Seller Center (*.zip *.xlsx *.xlsm *.csv manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation>นำเข้าได้เฉพาะไฟล์และโฟลเดอร์ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation>ไม่สามารถนำเข้าได้</translation>
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation>LiveDesk นำเข้ารายการนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>มีการนำเข้าอื่นที่ยังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>กำลังนำเข้า {name}…</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation>ยกเลิกการนำเข้า {name} แล้ว ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation>กำลังนำเข้า {name}…
{what}</translation>
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation>นำเข้า {name} ไม่ได้ ไม่มีข้อมูลใดจากรายการนี้ถูกเก็บไว้</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>นำเข้าไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จสิ้น</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… และอีก {n} รายการ</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… และอีก {n} รายการ (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>คำเตือน:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation>ข้อมูลหลัก · เรียลไทม์ อัปเดตทุกวินาที</translation>
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation>ข้อมูลหลัก · ทั้งไลฟ์</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>ปรับแต่ง…</translation>
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation>เลือกตัวชี้วัดได้สูงสุด 16 รายการเพื่อแสดงเป็นการ์ด</translation>
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้ ({source})</translation>
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation>แสดงเฉพาะขณะกำลังไลฟ์</translation>
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
        <translation>ตัวชี้วัดหลัก(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation>แนวโน้มประสิทธิภาพ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation>แหล่งทราฟฟิก(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation>คุณภาพเนื้อหา(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ภาพรวม(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation>ไลฟ์(&amp;L):</translation>
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation>เลือกไลฟ์: ไลฟ์ที่กำลังดำเนินอยู่หรือไลฟ์ที่ผ่านมา</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>รีเพลย์ไลฟ์</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>คู่มือผู้ใช้</translation>
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation>เปิดคู่มือผู้ใช้ (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>เต็มหน้าจอ</translation>
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation>สลับโหมดเต็มหน้าจอ (F11)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation>นำเข้าชุดข้อมูล LiveDesk (โฟลเดอร์หรือ .zip) หรือไฟล์ส่งออกจาก Seller Center (.xlsx, .csv) หรือลากไฟล์มาวางบนหน้าต่างก็ได้</translation>
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation>ส่งออกไลฟ์(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation>ส่งออกไลฟ์ที่แสดงอยู่เป็นชุดข้อมูล LiveDesk หรือตารางแนวโน้ม</translation>
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation>แนบวิดีโอ(&amp;A)…</translation>
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation>ใช้ไฟล์บันทึก (OBS หรือรีเพลย์ที่ดาวน์โหลดมา) เป็นรีเพลย์ของไลฟ์ที่แสดงอยู่ โดยเทียบเวลาให้ตรงกับนาฬิกาของไลฟ์</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>การตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>แหล่งข้อมูล(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation>เชื่อมต่อบัญชี TikTok Shop ห้อง TikTok LIVE และ OBS</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ค่ากำหนด(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation>ภาษา ธีม การรีเฟรชหน้าจอ เขตเวลาที่ใช้รายงาน และโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation>{title} (ถูกซ่อนโดยตัวกรอง)</translation>
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation>เลือกไลฟ์</translation>
    </message>
    <message>
        <source>Source: —</source>
        <translation>แหล่งข้อมูล: —</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>แหล่งข้อมูล: {source}</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation>● ลองใหม่ใน {s} วินาที</translation>
    </message>
    <message>
        <source>● Failed</source>
        <translation>● ล้มเหลว</translation>
    </message>
    <message>
        <source>● Stopped</source>
        <translation>● หยุดแล้ว</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>ซิงค์ล่าสุด {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ยังไม่เคยซิงค์</translation>
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation>ไลฟ์ {clock}</translation>
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation>จบแล้ว · {clock}</translation>
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation>เปิดไลฟ์ก่อน: วิดีโอจะแนบกับไลฟ์ที่แสดงอยู่</translation>
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation>วางเพื่อนำเข้า {names}</translation>
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation>แสดงแท็บ “{name}”</translation>
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation>กรองรายการไลฟ์</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>ออกจากโหมดเต็มหน้าจอ</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>รีเพลย์: เล่นหรือหยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation>รีเพลย์: ย้อนกลับหรือเดินหน้า 5 วินาที</translation>
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation>แนวโน้มประสิทธิภาพ: เพิ่มหมายเหตุ ณ ช่วงเวลาของรีเพลย์</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation>คู่มือผู้ใช้ LiveDesk</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>หน้าคู่มือ</translation>
    </message>
    <message>
        <source>Manual text</source>
        <translation>เนื้อหาคู่มือ</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>ตัวชี้วัดหลัก</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>แนวโน้มประสิทธิภาพ</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>แหล่งทราฟฟิก</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>คุณภาพเนื้อหา</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Replay and comments</source>
        <translation>รีเพลย์และความคิดเห็น</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>นำเข้าและส่งออก</translation>
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation>การเชื่อมต่อบัญชี</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>อภิธานศัพท์ตัวชี้วัด</translation>
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation>LiveDesk แสดงตัวเลขของการไลฟ์ขายสินค้าของคุณ: แบบเรียลไทม์ขณะที่คุณกำลังไลฟ์ และแบบละเอียดหลังไลฟ์จบ พร้อมวิดีโอรีเพลย์ที่เชื่อมโยงกับทุกกราฟ</translation>
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation>เลือกไลฟ์จากรายการด้านบน ({keys}): ไลฟ์ที่กำลังดำเนินอยู่จะมีเครื่องหมาย &lt;b&gt;● กำลังไลฟ์&lt;/b&gt; ตามด้วยไลฟ์ที่ผ่านมา เรียงจากใหม่สุด ปุ่มตัวกรองที่อยู่ข้างกัน ({filter}) ช่วยกรองรายการตามข้อความ วันที่ บัญชี และสถานะ</translation>
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation>เมื่อเปิดครั้งแรก LiveDesk จะเรียกใช้เดโมในตัว: ไลฟ์จำลองที่กำลังดำเนินอยู่และไลฟ์ที่ผ่านมาตลอด 14 วัน เพื่อให้คุณสำรวจได้ทุกหน้าจอก่อนเชื่อมต่อบัญชี วิดีโอรีเพลย์ของเดโมแสดงนาฬิกาไลฟ์ในทุกเฟรม</translation>
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation>ไม่มีแหล่งข้อมูลใดให้ตัวเลขครบทุกตัว ค่าที่แหล่งข้อมูลไม่ได้ให้มาจะแสดงเป็น — ไม่ใช่ 0 และแผงที่ไม่มีข้อมูลจะบอกว่าแหล่งข้อมูลใดให้ข้อมูลนั้นได้</translation>
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation>การ์ดข้อมูลหลักแสดงตัวชี้วัดที่คุณเลือกได้สูงสุด 16 รายการ (&lt;b&gt;ปรับแต่ง…&lt;/b&gt;) ระหว่างไลฟ์ การ์ดจะอัปเดตทุกวินาที หลังไลฟ์จบจะแสดงข้อมูลของทั้งไลฟ์ โดยแต่ละตัวชี้วัดรวมค่าด้วยวิธีของตัวเอง: อัตราจะคำนวณจากอัตราส่วนของยอดรวมเสมอ</translation>
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation>การ์ดแต่ละใบเปรียบเทียบกับไลฟ์ก่อนหน้าของคุณและกับค่าเฉลี่ยตลาด (หรือค่าเฉลี่ย 14 วันของคุณเองหากไม่ทราบค่าเฉลี่ยตลาด) ตัวชี้วัดที่แย่ที่สุดสามรายการจะมีกรอบสีแดง หลังไลฟ์จบ ให้วางเมาส์บนการ์ดหรือโฟกัสด้วยปุ่ม Tab เพื่อดูค่านั้นในไลฟ์ของคุณตลอด 14 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation>ใต้การ์ด: แนวโน้มของตัวชี้วัดหนึ่งรายการ (เลือกด้วยปุ่ม ✎) สัดส่วนแหล่งทราฟฟิก ผู้ติดตามเทียบกับผู้ที่ไม่ได้ติดตาม รายการสินค้า (คลิกสินค้าเพื่อข้ามรีเพลย์ไปยังจุดที่ปักหมุด) และโปรไฟล์กลุ่มผู้ชมของผู้ชมหรือลูกค้า</translation>
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation>ตัวชี้วัดสองรายการบนกราฟเดียว แกนละหนึ่งรายการ พร้อมแสดงค่าของทั้งสองรายการตรงตำแหน่งตัวชี้เมาส์ เครื่องหมายแสดงการปักหมุดสินค้า การละเมิด โปรโมชัน และหมายเหตุของคุณ คำอธิบายกราฟใช้ซ่อนหรือแสดงเครื่องหมายแต่ละประเภท คลิกเครื่องหมายหรือจุดบนกราฟเพื่อข้ามรีเพลย์ไปยังช่วงเวลานั้น</translation>
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation>“ทั้งไลฟ์” “30 นาทีล่าสุด” และ “5 นาทีล่าสุด” ใช้เลือกช่วงที่แสดง หรือลากแถบใต้กราฟเพื่อเลือกช่วงอื่น &lt;b&gt;เพิ่มหมายเหตุ&lt;/b&gt; (หรือกด M) จะบันทึกหมายเหตุ ณ ช่วงเวลาของรีเพลย์ &lt;b&gt;ส่งออก&lt;/b&gt; จะบันทึกตารางแนวโน้มเป็น CSV หรือ Excel เมื่อไลฟ์จบแล้ว</translation>
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation>ผู้ชมของคุณมาจากไหน: แต่ละช่องทางพร้อมการแสดงผล ยอดดู และ GMV รวมถึงสัดส่วนของแต่ละค่า อัตราการแตะเข้า CTR CTOR อัตราการสั่งซื้อ และ GPM ยอดดู แถวรวมจะอยู่ท้ายสุดเสมอไม่ว่าจะเรียงลำดับอย่างไร</translation>
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation>เลือกได้สูงสุดห้าช่องทางเพื่อเปรียบเทียบแนวโน้มบนกราฟ ข้อความใต้ตารางจะระบุช่องทางที่มีคอนเวอร์ชันดีแต่ได้รับทราฟฟิกน้อย</translation>
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation>การละเมิดทุกรายการที่พบในไลฟ์ พร้อมนโยบาย เหตุผล บทลงโทษ และคำแนะนำ &lt;b&gt;เล่นคลิป&lt;/b&gt; จะเล่นช่วงเวลานั้นพร้อมช่วงก่อนและหลังอีกสองสามวินาที</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation>&lt;b&gt;อุทธรณ์…&lt;/b&gt; จะเปิดคำอุทธรณ์: เขียนเหตุผลและแนบหลักฐาน ฉบับร่างจะถูกบันทึกขณะที่คุณพิมพ์ รายการของไลฟ์ทั้งหมดช่วยค้นหาการละเมิดในทุกไลฟ์ของคุณ</translation>
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation>ยอดรวมจากไลฟ์ของคุณในช่วงวันที่เลือก นับตามเขตเวลาที่ใช้รายงาน แต่ละค่าเทียบกับช่วงก่อนหน้าที่ยาวเท่ากัน และวันนี้จะถูกระบุว่ายังไม่ครบ</translation>
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation>ด้านล่าง: GMV ยอดดู หรือจำนวนไลฟ์รายวัน หนึ่งแถวต่อไลฟ์ (กด Enter เพื่อเปิด) คอนเวอร์ชันตามสินค้า ข้อมูลอ้างอิงตัวชี้วัด และคำแนะนำที่คำนวณจากตัวเลขของคุณ</translation>
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation>แผงรีเพลย์เล่นวิดีโอของไลฟ์ กด Space เพื่อเล่นหรือหยุดชั่วคราว ← และ → ข้ามไป 5 วินาที นาฬิกาใต้วิดีโอคือนาฬิกาไลฟ์ คลิกความคิดเห็นเพื่อข้ามไปยังช่วงเวลาที่เขียนความคิดเห็นนั้น</translation>
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation>การเล่นวิดีโอใช้ VLC หากไม่มี VLC แผงจะบอกวิธีติดตั้ง และส่วนอื่นทั้งหมดยังทำงานได้ตามปกติ &lt;b&gt;ไฟล์ → แนบวิดีโอ…&lt;/b&gt; ใช้เทียบเวลาไฟล์บันทึกของคุณเองให้ตรงกับนาฬิกาไลฟ์</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation>&lt;b&gt;ไฟล์ → นำเข้า…&lt;/b&gt; (Ctrl+O) อ่านชุดข้อมูล LiveDesk หรือไฟล์ส่งออกจาก Seller Center (.xlsx, .csv) หรือลากไฟล์มาวางบนหน้าต่างก็ได้ การนำเข้าเป็นแบบทั้งหมดหรือไม่มีเลย: ไฟล์ที่มีข้อผิดพลาดจะระบุแถวและคอลัมน์ และจะไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation>&lt;b&gt;ไฟล์ → ส่งออกไลฟ์…&lt;/b&gt; (Ctrl+E) บันทึกไลฟ์ที่แสดงอยู่เป็นชุดข้อมูล จะรวมวิดีโอหรือไม่ก็ได้ หรือเป็นตารางแนวโน้ม เพื่อนำไปตรวจดูในคอมพิวเตอร์เครื่องอื่น</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation>&lt;b&gt;การตั้งค่า → แหล่งข้อมูล…&lt;/b&gt; ใช้เชื่อมต่อบัญชี TikTok Shop (API ทางการ) ห้อง TikTok LIVE (ไม่เป็นทางการ) และ OBS &lt;b&gt;ทดสอบการเชื่อมต่อ&lt;/b&gt; จะตรวจสอบหน้านั้นก่อนที่คุณจะบันทึก</translation>
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation>ข้อมูลลับ (ข้อมูลลับของแอป โทเค็น รหัสผ่าน) จะถูกเก็บไว้ในคีย์ริงของระบบเท่านั้น หากไม่มีคีย์ริงที่ใช้งานได้ LiveDesk จะแจ้งให้ทราบ และสามารถเก็บข้อมูลเหล่านี้ไว้สำหรับการใช้งานครั้งนี้เท่านั้น โดยจะไม่เขียนลงไฟล์เลย</translation>
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation>จุดในแถบสถานะแสดงสถานะของแต่ละแหล่งข้อมูล: เชื่อมต่อแล้ว กำลังซิงค์ กำลังรอขีดจำกัดจำนวนคำขอ หรือล้มเหลวพร้อมเหตุผล</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation>&lt;b&gt;การตั้งค่า → ค่ากำหนด…&lt;/b&gt; (Ctrl+,) ใช้ตั้งค่าภาษา ธีม (ตามระบบ สว่าง หรือมืด) ความถี่ในการวาดหน้าจอใหม่ขณะไลฟ์ เขตเวลาที่ใช้รายงานของแท็บภาพรวม และโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation>ขนาดหน้าต่าง โหมดเต็มหน้าจอ การจัดวางแผง และแท็บที่แสดงอยู่จะถูกเก็บไว้เมื่อคุณปิด LiveDesk และคืนค่าเมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation>ทุกการทำงานใช้งานได้จากแป้นพิมพ์ ปุ่ม Tab ใช้เลื่อนไปมาระหว่างตัวควบคุม และตัวอักษรที่ขีดเส้นใต้ใช้ร่วมกับปุ่ม Alt ได้</translation>
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation>ตัวชี้วัดทุกรายการที่ LiveDesk รู้จัก พร้อมวิธีคำนวณและวิธีใช้</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>demo</source>
        <translation>เดโม</translation>
    </message>
    <message>
        <source>LiveDesk bundle</source>
        <translation>ชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>Seller Center export</source>
        <translation>ไฟล์ส่งออกจาก Seller Center</translation>
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation>TikTok Shop API</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (ไม่เป็นทางการ)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>ป้อนด้วยตนเอง</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>แหล่งข้อมูล: {sources}</translation>
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation>เทียบไลฟ์ก่อนหน้า: —</translation>
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation>{arrow} {pct} เทียบไลฟ์ก่อนหน้า</translation>
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation>{sign}{pct} เทียบค่าเฉลี่ยตลาด</translation>
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation>{sign}{pct} เทียบค่าเฉลี่ย 14 วันของคุณ</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>ค่าอ้างอิง: {ref}</translation>
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation>มูลค่าสินค้ารวม (GMV): มูลค่าของคำสั่งซื้อที่ชำระแล้วที่มาจากไลฟ์ นับ ณ เวลาที่ชำระเงิน รวมถึงคำสั่งซื้อที่ถูกยกเลิกหรือคืนเงินในภายหลัง</translation>
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation>ผลลัพธ์หลักของคุณ เปรียบเทียบไลฟ์ที่มีความยาวใกล้เคียงกัน หรือใช้ GMV ต่อชั่วโมงและ GPM ยอดดู เพื่อเปรียบเทียบไลฟ์ที่มีความยาวและทราฟฟิกต่างกัน</translation>
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation>จำนวนชิ้นที่ขายได้: คำสั่งซื้อหนึ่งรายการที่มีสามชิ้นนับเป็นสาม</translation>
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation>ใช้วางแผนสต็อก หากค่านี้เพิ่มขึ้นขณะที่ GMV คงที่ แสดงว่าสินค้าราคาถูกลงหรือข้อเสนอซื้อหลายชิ้นกำลังขายได้ดี</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation>รายการคำสั่งซื้อที่ชำระแล้ว หนึ่งรายการต่อ SKU: รถเข็นที่มีสินค้าสองรายการนับเป็นคำสั่งซื้อ SKU สองรายการ</translation>
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation>ตัวตั้งของ CTOR (คำสั่งซื้อ SKU) และอัตราการสั่งซื้อ ติดตามค่านี้เมื่อคุณปักหมุดสินค้า เพื่อดูว่าการปักหมุดทำให้ขายได้หรือไม่</translation>
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation>คำสั่งซื้อหลักที่ชำระแล้ว: การชำระเงินหนึ่งครั้งนับเป็นหนึ่ง ไม่ว่าจะมีสินค้าอะไรบ้าง</translation>
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation>ใช้คำนวณมูลค่าเฉลี่ยต่อคำสั่งซื้อ (ราคาเฉลี่ย) และดูว่าผู้ซื้อซื้อสินค้าหลายรายการรวมกันบ่อยเพียงใด</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>คำสั่งซื้อ SKU ที่สร้างขึ้น ไม่ว่าจะชำระเงินแล้วหรือไม่</translation>
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation>เปรียบเทียบกับคำสั่งซื้อ SKU: หากต่างกันมาก แสดงว่าผู้ซื้อหยุดที่ขั้นตอนชำระเงิน (ดูอัตราการชำระเงิน)</translation>
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation>จำนวนผู้ซื้อที่ชำระเงิน (ไม่นับซ้ำ) ของไลฟ์</translation>
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation>ลูกค้า ÷ ผู้ชม คืออัตราคอนเวอร์ชัน ลูกค้ามากขึ้นที่ GMV เท่าเดิมหมายถึงกลุ่มผู้ซื้อที่กว้างขึ้นและมีความเสี่ยงน้อยลง</translation>
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation>จำนวนครั้งที่ไลฟ์ถูกแสดงต่อผู้ใช้: การ์ดในฟีด ตัวอย่าง หรือผลการค้นหา คือการเข้าถึงของไลฟ์</translation>
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation>การแสดงผลต่ำ: ไลฟ์ในช่วงเวลาที่ดีกว่า โปรโมตไลฟ์ด้วยวิดีโอสั้นหรือโฆษณา การแสดงผลสูงแต่ยอดดูน้อย: ดูอัตราการแตะเข้า</translation>
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation>จำนวนครั้งที่เข้าห้องไลฟ์ ผู้ชมที่ออกไปแล้วกลับเข้ามาใหม่จะถูกนับอีกครั้ง</translation>
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation>ฐานของอัตราการมีส่วนร่วมต่อยอดดู GPM ยอดดู และอัตราการสั่งซื้อ หากยอดดูสูงกว่าผู้ชมมาก แสดงว่ามีคนกลับเข้ามาดูซ้ำ</translation>
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation>จำนวนคน (ไม่นับซ้ำ) ที่เข้าห้องไลฟ์</translation>
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation>ฐานของอัตราคอนเวอร์ชันและอัตราการมีปฏิสัมพันธ์ เมื่อรวมหลายไลฟ์ คนหนึ่งคนจะถูกนับหนึ่งครั้งต่อไลฟ์</translation>
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation>จำนวนคนที่อยู่ในห้องขณะนี้ (ผู้ชมพร้อมกัน)</translation>
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation>ติดตามค่านี้ระหว่างไลฟ์: ปักหมุดสินค้าที่ดีที่สุดหรือเริ่มข้อเสนอเมื่อถึงจุดสูงสุด หากลดลงทันทีหลังช่วงใด แสดงว่าช่วงนั้นดึงความสนใจไว้ไม่ได้</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation>จำนวนครั้งที่การ์ดสินค้าแสดงในไลฟ์ (การ์ดที่ปักหมุด รายการในตะกร้า)</translation>
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation>การแสดงผลสินค้าน้อยเมื่อเทียบกับยอดดูที่มาก: เปิดตะกร้าและปักหมุดสินค้าบ่อยขึ้น</translation>
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation>จำนวนการแตะที่เปิดหน้ารายละเอียดสินค้าระหว่างไลฟ์ นับตามการแตะ: ผู้ซื้อหนึ่งคนที่แตะสามครั้งนับเป็นสามคลิก</translation>
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation>ขั้นความสนใจของกรวยการขาย: หารด้วยยอดดู (CTR ไลฟ์) หรือการแสดงผลสินค้า (CTR สินค้า) ส่วนคำสั่งซื้อ ÷ การคลิก คือ CTOR</translation>
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation>จำนวนครั้งที่สินค้าถูกเพิ่มลงรถเข็นจากไลฟ์</translation>
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation>เพิ่มลงรถเข็นมากแต่คำสั่งซื้อน้อย: ผู้ซื้อลังเลที่ขั้นตอนชำระเงิน เตือนว่าข้อเสนอใกล้หมดเวลา และตรวจสอบค่าจัดส่ง</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>ความคิดเห็นที่โพสต์ในไลฟ์</translation>
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation>สัญญาณของห้องไลฟ์ที่คึกคักซึ่ง TikTok ให้รางวัลด้วยทราฟฟิก ตั้งคำถามและตอบโดยเรียกชื่อผู้ชมเพื่อเพิ่มค่านี้</translation>
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation>ยอดถูกใจ (การแตะบนหน้าจอ) ผู้ชมหนึ่งคนกดถูกใจได้หลายครั้ง</translation>
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation>สัญญาณการมีส่วนร่วมที่ได้มาง่าย ควรเปรียบเทียบอัตราการถูกใจระหว่างไลฟ์แทนยอดรวม</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>จำนวนครั้งที่ไลฟ์ถูกแชร์</translation>
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation>การแชร์นำผู้ชมใหม่มาโดยไม่มีค่าใช้จ่าย ชวนให้แชร์ในช่วงแจกของรางวัลและข้อเสนอเด็ด</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>บัญชีที่กดติดตามระหว่างไลฟ์</translation>
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation>ผู้ติดตามคือผู้ชมของไลฟ์ครั้งต่อๆ ไปของคุณ อัตราการติดตามต่ำแสดงว่าผู้ชมไม่เห็นเหตุผลที่จะกลับมาอีก</translation>
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation>ของขวัญเสมือนที่ผู้ชมส่งให้</translation>
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation>สัญญาณความภักดีจากแฟนหลักของคุณ กล่าวขอบคุณผู้ส่งผ่านกล้อง</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation>จำนวนวินาทีที่ผู้ชมทุกคนดูรวมกัน</translation>
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation>ฐานของระยะเวลาดูเฉลี่ย ค่านี้เพิ่มขึ้นตามทั้งจำนวนผู้ชมและการรักษาผู้ชมไว้</translation>
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation>ยอดดูที่นานกว่าหนึ่งนาที</translation>
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation>หารด้วยยอดดูเพื่อดูว่าการเข้าห้องกี่ครั้งกลายเป็นการดูจริง สัดส่วนต่ำชี้ว่าปัญหาอยู่ที่วินาทีแรกๆ ของเนื้อหา</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation>ค่าใช้จ่ายในการโปรโมตไลฟ์แบบเสียเงิน (โฆษณาไลฟ์, GMV Max, โปรโมต)</translation>
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation>ยิ่งต่ำยิ่งดีเมื่อได้ผลลัพธ์เท่ากัน: พิจารณาเทียบกับ GMV จากโฆษณา (GMV Max ROI)</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV ที่มาจากการโปรโมตแบบเสียเงิน</translation>
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation>เปรียบเทียบกับค่าโฆษณา (ROI) และกับ GMV ทั้งหมด เพื่อดูว่ายอดขายส่วนใดที่คุณซื้อมาด้วยโฆษณา</translation>
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation>ผู้ชมพร้อมกันสูงสุด: จำนวนคนในห้องมากที่สุดในเวลาเดียวกัน</translation>
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation>แสดงช่วงเวลาที่ดีที่สุดของไลฟ์ หาจุดนั้นบนกราฟแนวโน้มแล้วทำซ้ำสิ่งที่คุณทำในตอนนั้น</translation>
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation>ผู้ชมพร้อมกันเฉลี่ยตลอดไลฟ์</translation>
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation>ค่าที่เสถียรกว่าจุดสูงสุด: หากจุดสูงสุดสูงแต่ค่าเฉลี่ยต่ำ แสดงว่าทราฟฟิกเข้ามาเป็นช่วงๆ แล้วออกไป</translation>
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation>อัตราการเข้าห้อง (ERR): ยอดดู ÷ การแสดงผลไลฟ์ คือสัดส่วนของคนที่เห็นไลฟ์แล้วแตะเข้ามา</translation>
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation>ต่ำกว่าตลาด: ปรับปรุงภาพปกไลฟ์ ชื่อไลฟ์ และวินาทีแรกที่ผู้คนเห็นในตัวอย่างบนฟีด</translation>
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation>อัตราการคลิกผ่านของไลฟ์: การคลิกสินค้า ÷ ยอดดู</translation>
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation>ต่ำ: ปักหมุดสินค้าที่คุณกำลังพูดถึง ถือให้ใกล้กล้อง และชวนผู้ชมแตะตะกร้า</translation>
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation>อัตราการคลิกผ่านของสินค้า: การคลิกสินค้า ÷ การแสดงผลสินค้า</translation>
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation>วัดว่าการ์ดสินค้าน่าสนใจเพียงใด: รูปภาพ ชื่อ และราคา</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation>อัตราการคลิกเป็นคำสั่งซื้อ: คำสั่งซื้อ SKU ÷ การคลิกสินค้า คือสัดส่วนการเข้าชมหน้าสินค้าที่จบด้วยคำสั่งซื้อที่ชำระแล้ว</translation>
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation>ต่ำ: ตรวจสอบราคา โค้ดส่วนลด ค่าจัดส่ง สต็อก และหน้าสินค้า (รูปภาพ รีวิว)</translation>
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation>อัตราการคลิกเป็นคำสั่งซื้อตามคำสั่งซื้อหลัก: คำสั่งซื้อหลัก ÷ การคลิกสินค้า</translation>
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation>อ่านคู่กับ CTOR (คำสั่งซื้อ SKU): ส่วนต่างแสดงว่าผู้ซื้อซื้อสินค้าหลายรายการในการชำระเงินครั้งเดียวบ่อยเพียงใด</translation>
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation>คำสั่งซื้อ SKU ÷ ยอดดู: ยอดดูกี่ครั้งที่จบด้วยรายการคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation>กรวยทั้งหมดตั้งแต่เข้าห้องจนถึงสั่งซื้อในตัวเลขเดียว แยกเป็น CTR ไลฟ์ และ CTOR เพื่อหาขั้นที่อ่อน</translation>
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation>ลูกค้า ÷ ผู้ชม: สัดส่วนของผู้ชม (ไม่นับซ้ำ) ที่ซื้อสินค้า</translation>
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation>ตัววัดเดียวที่ดีที่สุดว่าไลฟ์ขายให้คนที่เข้าถึงได้ดีเพียงใด เมื่อรวมหลายไลฟ์จะเป็นอัตราส่วนของผลรวม</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV ต่อ 1,000 ยอดดู</translation>
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation>เปรียบเทียบว่าไลฟ์สร้างรายได้จากผู้ชมได้ดีเพียงใดโดยไม่ขึ้นกับจำนวนผู้ชม TikTok ใช้ค่านี้ตัดสินว่าไลฟ์ควรได้รับทราฟฟิกมากเพียงใด</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV ต่อ 1,000 การแสดงผลไลฟ์</translation>
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation>ครอบคลุมกรวยทั้งหมดตั้งแต่ฟีดจนถึงคำสั่งซื้อ ใช้เปรียบเทียบช่องทางทราฟฟิกและการโปรโมตแบบเสียเงิน</translation>
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation>มูลค่าเฉลี่ยต่อคำสั่งซื้อ: GMV ÷ คำสั่งซื้อหลัก</translation>
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation>เพิ่มได้ด้วยสินค้าแบบเซ็ต ข้อเสนอซื้อหลายชิ้น และยอดขั้นต่ำสำหรับส่งฟรี</translation>
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation>ระยะเวลาดูเฉลี่ยต่อผู้ชม (ไม่นับซ้ำ): เวลาดูรวม ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation>สั้น: เนื้อหาดึงความสนใจไว้ไม่ได้ เปิดด้วยจุดดึงดูด สาธิตสินค้า ตอบความคิดเห็น และรักษาจังหวะด้วยช่วงเล็กๆ อย่างสม่ำเสมอ</translation>
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation>ระยะเวลาดูเฉลี่ยต่อยอดดู: เวลาดูรวม ÷ ยอดดู</translation>
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation>สั้นกว่าค่าต่อผู้ชมเมื่อผู้คนกลับเข้ามาหลายครั้ง เปรียบเทียบทั้งสองค่าเพื่อดูว่าผู้ชมกลับมาหรือไม่</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>ความคิดเห็น ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation>การมีส่วนร่วมที่ไม่ขึ้นกับจำนวนผู้ชม ตั้งคำถามที่ตอบได้ง่ายด้วยคำเดียว</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>ผู้ติดตามใหม่ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation>ต่ำ: บอกผู้ชมว่าไลฟ์ครั้งหน้าจะมีอะไร และทำไมควรติดตามตอนนี้</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>ยอดถูกใจ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation>สัญญาณการมีส่วนร่วมแบบเบาๆ การตั้งเป้ายอดถูกใจ ("ครบ 10K ถูกใจ เราจะเปิดเผย...") ช่วยเพิ่มค่านี้</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>การแชร์ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation>การเข้าถึงฟรี: ขอให้ผู้ชมแชร์เมื่อข้อเสนอคุ้มค่าพอที่จะบอกต่อเพื่อน</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>คำสั่งซื้อ SKU ที่ชำระแล้ว ÷ คำสั่งซื้อ SKU ที่สร้าง</translation>
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation>ต่ำ: ผู้ซื้อหลุดที่ขั้นตอนชำระเงิน ตรวจสอบช่องทางการชำระเงิน ค่าจัดส่งที่แสดงช้าเกินไป และเตือนผู้ซื้อให้ทำคำสั่งซื้อให้เสร็จ</translation>
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation>ผลตอบแทนจากค่าโฆษณา: GMV จากโฆษณา ÷ ค่าโฆษณา (1.8× = 180 %)</translation>
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation>หากต่ำกว่าจุดคุ้มทุนตามอัตรากำไรของคุณ โฆษณาจะขาดทุนแม้ GMV จะเติบโต</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV หารด้วยจำนวนชั่วโมงของช่วงเวลา</translation>
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation>เปรียบเทียบไลฟ์ที่มีความยาวต่างกัน ใช้เพื่อเลือกว่าจะไลฟ์นานเท่าใด</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>การแสดงผลไลฟ์หารด้วยจำนวนชั่วโมงของช่วงเวลา</translation>
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation>แสดงว่า TikTok ให้ทราฟฟิกแก่ไลฟ์มากเพียงใดเมื่อเวลาผ่านไป หากอัตรานี้ลดลงในช่วงท้ายไลฟ์ แสดงว่าควรจบไลฟ์เร็วขึ้น</translation>
    </message>
    <message>
        <source>count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>ตัวคูณ</translation>
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation>▲ ยิ่งสูงยิ่งดี</translation>
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation>▼ ยิ่งต่ำยิ่งดี</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>ตัวเร่งทราฟฟิก</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>ตัวชี้วัดทั้งหมด</translation>
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation>{metric} ÷ ชั่วโมง</translation>
    </message>
    <message>
        <source>highest {metric}</source>
        <translation>{metric} สูงสุด</translation>
    </message>
    <message>
        <source>mean {metric}</source>
        <translation>{metric} เฉลี่ย</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>ทิศทางที่ดี</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>กลุ่ม: {group}</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>สูตร: {formula}</translation>
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation>ในไฟล์ส่งออกจาก Seller Center: {labels}</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation>ตัวเร่งทราฟฟิก</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>ตัวชี้วัดทั้งหมด</translation>
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation>ค้นหาตัวชี้วัด: ชื่อ ความหมาย หรือคำแนะนำ (เช่น “CTOR”, “ภาพปก”)</translation>
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation>ไม่มีตัวชี้วัดที่ตรงกับการค้นหา</translation>
    </message>
    <message>
        <source>How to use it:</source>
        <translation>วิธีใช้:</translation>
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
        <translation>มูลค่าของคำสั่งซื้อที่ชำระแล้วที่มาจากไลฟ์</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>สินค้าที่ขายได้</translation>
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation>จำนวนชิ้นที่ขายได้ระหว่างไลฟ์</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>คำสั่งซื้อ SKU</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation>รายการคำสั่งซื้อที่ชำระแล้ว หนึ่งรายการต่อ SKU</translation>
    </message>
    <message>
        <source>Main orders</source>
        <translation>คำสั่งซื้อหลัก</translation>
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation>คำสั่งซื้อหลักที่ชำระแล้ว</translation>
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation>คำสั่งซื้อ SKU ที่สร้าง</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>คำสั่งซื้อ SKU ที่สร้างขึ้น ไม่ว่าจะชำระเงินแล้วหรือไม่</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation>ผู้ซื้อที่ชำระเงิน (ไม่นับซ้ำ)</translation>
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation>การแสดงผลไลฟ์</translation>
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation>จำนวนครั้งที่ไลฟ์แสดงในการ์ดฟีดหรือตัวอย่าง</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation>จำนวนครั้งที่เข้าห้องไลฟ์ รวมการกลับเข้ามาซ้ำ</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation>ผู้ชม (ไม่นับซ้ำ)</translation>
    </message>
    <message>
        <source>Current viewers</source>
        <translation>ผู้ชมปัจจุบัน</translation>
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation>ผู้ชมที่อยู่ในห้องขณะนี้</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>การแสดงผลสินค้า</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation>จำนวนครั้งที่การ์ดสินค้าแสดงในไลฟ์</translation>
    </message>
    <message>
        <source>Product clicks</source>
        <translation>การคลิกสินค้า</translation>
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation>การคลิกที่เปิดหน้ารายละเอียดสินค้าระหว่างไลฟ์</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>เพิ่มลงรถเข็น</translation>
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation>สินค้าที่ถูกเพิ่มลงรถเข็นจากไลฟ์</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>ความคิดเห็นที่โพสต์ในไลฟ์</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>ยอดถูกใจ</translation>
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation>ยอดถูกใจ (การแตะ) ในไลฟ์</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>การแชร์</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>จำนวนครั้งที่ไลฟ์ถูกแชร์</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>ผู้ติดตามใหม่</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>บัญชีที่กดติดตามระหว่างไลฟ์</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>ของขวัญ</translation>
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation>ของขวัญที่ผู้ชมส่งให้</translation>
    </message>
    <message>
        <source>Total watch time</source>
        <translation>เวลาดูรวม</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation>จำนวนวินาทีที่ผู้ชมทุกคนดูรวมกัน</translation>
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation>ยอดดู &gt; 1 นาที</translation>
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation>ยอดดูที่นานกว่าหนึ่งนาที</translation>
    </message>
    <message>
        <source>Ads cost</source>
        <translation>ค่าโฆษณา</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation>ค่าใช้จ่ายในการโปรโมตไลฟ์แบบเสียเงิน</translation>
    </message>
    <message>
        <source>Ads GMV</source>
        <translation>GMV จากโฆษณา</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>GMV ที่มาจากการโปรโมตแบบเสียเงิน</translation>
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation>ผู้ชมสูงสุด (PCU)</translation>
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation>จำนวนผู้ชมพร้อมกันสูงสุด</translation>
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation>ผู้ชมเฉลี่ย (ACU)</translation>
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation>จำนวนผู้ชมพร้อมกันเฉลี่ย</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation>อัตราการแตะเข้า (ERR)</translation>
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation>อัตราการเข้าห้อง: ยอดดู ÷ การแสดงผลไลฟ์</translation>
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation>CTR ไลฟ์</translation>
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation>การคลิกสินค้า ÷ ยอดดู</translation>
    </message>
    <message>
        <source>Product CTR</source>
        <translation>CTR สินค้า</translation>
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation>การคลิกสินค้า ÷ การแสดงผลสินค้า</translation>
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation>CTOR (คำสั่งซื้อ SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation>คำสั่งซื้อ SKU ÷ การคลิกสินค้า</translation>
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation>CTOR (คำสั่งซื้อหลัก)</translation>
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation>คำสั่งซื้อหลัก ÷ การคลิกสินค้า</translation>
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation>อัตราการสั่งซื้อ (คำสั่งซื้อ SKU)</translation>
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation>คำสั่งซื้อ SKU ÷ ยอดดู</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>อัตราคอนเวอร์ชัน</translation>
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation>ลูกค้า ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM ยอดดู</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>GMV ต่อ 1,000 ยอดดู</translation>
    </message>
    <message>
        <source>Show GPM</source>
        <translation>GPM การแสดงผล</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>GMV ต่อ 1,000 การแสดงผลไลฟ์</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>ราคาเฉลี่ย</translation>
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation>GMV ÷ คำสั่งซื้อหลัก</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>ระยะเวลาดูเฉลี่ย</translation>
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation>เวลาดูเฉลี่ยต่อผู้ชม (ไม่นับซ้ำ)</translation>
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation>ระยะเวลาดูเฉลี่ยต่อยอดดู</translation>
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation>เวลาดูเฉลี่ยต่อยอดดู</translation>
    </message>
    <message>
        <source>Comment rate</source>
        <translation>อัตราความคิดเห็น</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>ความคิดเห็น ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Follow rate</source>
        <translation>อัตราการติดตาม</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>ผู้ติดตามใหม่ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Like rate</source>
        <translation>อัตราการถูกใจ</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>ยอดถูกใจ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>อัตราการแชร์</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>การแชร์ ÷ ผู้ชม</translation>
    </message>
    <message>
        <source>Payment rate</source>
        <translation>อัตราการชำระเงิน</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>คำสั่งซื้อ SKU ที่ชำระแล้ว ÷ คำสั่งซื้อ SKU ที่สร้าง</translation>
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation>GMV Max ROI</translation>
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation>GMV จากโฆษณา ÷ ค่าโฆษณา</translation>
    </message>
    <message>
        <source>GMV per hour</source>
        <translation>GMV ต่อชั่วโมง</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV หารด้วยจำนวนชั่วโมงของช่วงเวลา</translation>
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation>การแสดงผลต่อชั่วโมง</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>การแสดงผลไลฟ์หารด้วยจำนวนชั่วโมงของช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation>OBS ส่งสถานะสตรีม (บิตเรต เฟรมหลุด ความหนาแน่น CPU) ระหว่างไลฟ์ รวมถึงไฟล์บันทึกซึ่งจะกลายเป็นรีเพลย์ของไลฟ์ ใน OBS ให้เปิด &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt; แล้วเลือก &lt;b&gt;Enable WebSocket server&lt;/b&gt; ส่วน &lt;b&gt;Show Connect Info&lt;/b&gt; จะแสดงพอร์ตและรหัสผ่าน</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>โฮสต์</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation>อ่านสถานะสตรีมและไฟล์บันทึกขณะที่ LiveDesk ทำงาน</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation>OBS ไม่รู้ว่ากำลังสตรีม TikTok LIVE ใด: LiveDesk จะเพิ่มตัวเลขของ OBS ให้กับไลฟ์ที่กำลังดำเนินอยู่ — ไลฟ์ของห้อง TikTok LIVE หากได้รับข้อมูล มิฉะนั้นคือไลฟ์ที่คุณเปิดอยู่หากยังไลฟ์อยู่ มิฉะนั้นคือไลฟ์ล่าสุดที่กำลังดำเนินอยู่ ระหว่างไลฟ์ ตัวเลขเหล่านี้จะแสดงใต้การ์ดในแท็บตัวชี้วัดหลัก เมื่อหยุดบันทึก ไฟล์บันทึกจะกลายเป็นรีเพลย์ของไลฟ์นั้น</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>บันทึกไว้แล้ว — เว้นว่างไว้เพื่อใช้ค่าเดิม</translation>
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation>เว้นว่างเมื่อปิดการยืนยันตัวตนใน OBS</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>เชื่อมต่อไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation>เชื่อมต่อกับ OBS ที่ {url} แล้ว: {stream}, {record}</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>กำลังสตรีม</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>ไม่ได้สตรีม</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>กำลังบันทึก</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation>หยุดอ่านข้อมูลจาก OBS และลบการตั้งค่าและรหัสผ่านหรือไม่?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>นำออกแล้ว</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Hours live</source>
        <translation>ชั่วโมงไลฟ์</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>คอนเวอร์ชัน</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>ระยะเวลาดูเฉลี่ย</translation>
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation>ไลฟ์ที่ออกอากาศในช่วงนี้</translation>
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation>ชั่วโมงออกอากาศภายในช่วงนี้ รวมทุกไลฟ์</translation>
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation>มูลค่าของคำสั่งซื้อที่ชำระแล้วในช่วงนี้</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation>จำนวนครั้งที่เข้าห้องไลฟ์ รวมการกลับเข้ามาซ้ำ</translation>
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation>ผู้ชม (ไม่นับซ้ำ) รวมทุกไลฟ์</translation>
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation>ลูกค้า ÷ ผู้ชม ตลอดช่วงนี้ (อัตราส่วนของผลรวม)</translation>
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation>เวลาดูรวม ÷ ผู้ชม ตลอดช่วงนี้</translation>
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation>วันนี้: ยังไม่ครบ</translation>
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation>ช่วงนี้รวมวันนี้ ซึ่งข้อมูลยังเข้ามาอยู่</translation>
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation>{change} เทียบช่วงก่อน</translation>
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation>ช่วงก่อนหน้าที่ยาวเท่ากันไม่มีข้อมูลให้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation>การเปลี่ยนแปลงเทียบกับช่วงก่อนหน้าที่ยาวเท่ากัน ({value})</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>ข้อมูลที่แท่งกราฟแสดง</translation>
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation>แท่งลายเส้น: วันนี้ ยังไม่ครบ</translation>
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation>ไม่มีข้อมูลไลฟ์ในช่วงนี้</translation>
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation>กำลังอ่านข้อมูลของช่วงนี้…</translation>
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation>วันนี้: ยังไม่ครบ ข้อมูลยังเข้ามาอยู่</translation>
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation>เห็นในฟีด แต่แตะเข้าน้อย</translation>
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation>ผู้ชมดูอยู่ แต่แทบไม่เปิดดูสินค้า</translation>
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation>สินค้าถูกคลิก แต่แทบไม่มีคนซื้อ</translation>
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation>ผู้ชมออกเร็ว</translation>
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation>ยอดขายพึ่งพาสินค้าเพียงรายการเดียว</translation>
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation>ดูภาพปกและชื่อไลฟ์ของคุณ: แสดงสินค้าและข้อเสนอ ใช้ภาพใบหน้าที่ชัดเจนและคำสัญญาสั้นๆ การไลฟ์ในช่วงที่ผู้ติดตามของคุณออนไลน์ก็ช่วยได้เช่นกัน</translation>
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation>ปักหมุดสินค้าที่คุณกำลังพูดถึง ชูสินค้าให้กล้องเห็น บอกราคา และชวนผู้ชมแตะตะกร้า</translation>
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation>ตรวจสอบราคา โค้ดส่วนลด ค่าจัดส่ง สต็อก และหน้าสินค้า (รูปภาพ รีวิว) ข้อเสนอแบบจำกัดเวลาช่วยให้ผู้ซื้อที่ยังลังเลตัดสินใจได้</translation>
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation>ปรับปรุงเนื้อหา: เปิดด้วยจุดดึงดูด สาธิตแทนการไล่รายการ ตอบความคิดเห็นโดยเรียกชื่อผู้ชม และรักษาจังหวะด้วยช่วงเล็กๆ (แจกของรางวัล เปิดตัวสินค้า)</translation>
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation>GMV ของคุณพึ่งพาสินค้าเพียงรายการเดียว นำเสนอสินค้าอื่นควบคู่กัน (สินค้าแบบเซ็ต การขายสินค้าที่เกี่ยวข้อง) เพื่อไม่ให้สินค้าหมดสต็อกหรือการเปลี่ยนราคาของสินค้าเดียวทำให้ยอดขายหยุดลง</translation>
    </message>
    <message>
        <source>the market average</source>
        <translation>ค่าเฉลี่ยตลาด</translation>
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation>ค่าเฉลี่ยของคุณใน 30 วันก่อนหน้า</translation>
    </message>
    <message>
        <source>a usual minimum</source>
        <translation>ค่าต่ำสุดทั่วไป</translation>
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation>“{product}” ทำยอดได้ {share} ของ GMV สินค้าทั้งหมด ({gmv} จาก {total}, แสดงสินค้า {n} รายการ)</translation>
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation>{metric} อยู่ที่ {value} เทียบกับ{reference_kind}ที่ {reference} ({figures})</translation>
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation>ช่วง:</translation>
    </message>
    <message>
        <source>Product conversion</source>
        <translation>คอนเวอร์ชันสินค้า</translation>
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation>วันเต็มตามเขตเวลาที่ใช้รายงาน โดย 7 และ 30 วันที่ผ่านมารวมวันนี้ด้วย</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>วันสุดท้าย (รวม)</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>เวลาที่แน่นอน</translation>
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation>ระบุเวลาเริ่มและสิ้นสุดละเอียดถึงนาทีแทนวันเต็ม</translation>
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation>เริ่ม (รวม) ตามเขตเวลาที่ใช้รายงาน</translation>
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation>สิ้นสุด (ไม่รวม) ตามเขตเวลาที่ใช้รายงาน</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>เขตเวลา:</translation>
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation>เขตเวลาที่ใช้รายงาน: ใช้คำนวณขอบเขตของวันและเวลา พิมพ์เพื่อค้นหา เช่น “Bangkok”</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>ไฟล์ CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>เวิร์กบุ๊ก Excel…</translation>
    </message>
    <message>
        <source>Conversion by product</source>
        <translation>คอนเวอร์ชันตามสินค้า</translation>
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation>จำนวนคลิกอาจมากกว่าคอนเวอร์ชัน: ระบบนับคลิกทุกครั้งที่แตะการ์ดสินค้า แต่นับคอนเวอร์ชันครั้งเดียวต่อคำสั่งซื้อที่ชำระแล้ว ผู้ซื้อหนึ่งคนมักแตะหลายครั้ง และรถเข็นมักถูกทิ้งไว้หรือไม่ได้ชำระเงิน CTOR = คำสั่งซื้อ ÷ การคลิกสินค้า รวมทุกไลฟ์ในช่วงนี้</translation>
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation>ไลฟ์ที่เริ่มในช่วงนี้ ดับเบิลคลิกหรือกด Enter ที่ไลฟ์เพื่อเปิด</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>ข้อมูลอ้างอิงตัวชี้วัด</translation>
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation>
            <numerusform>คำแนะนำ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>แสดง {range}</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>เทียบกับ {previous}</translation>
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation>วันนี้ยังไม่ครบ (ข้อมูลถึง {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation>
            <numerusform>ไลฟ์ %n รายการที่ใช้สกุลเงินอื่นไม่ถูกนับรวมในยอดเงินรวม</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>ไม่สามารถส่งออกได้</translation>
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation>ยังอ่านข้อมูลของช่วงนี้ไม่เสร็จ</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>กำลังส่งออกอยู่</translation>
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation>ส่งออกภาพรวม (ช่วง เขตเวลา หนึ่งแถวต่อวัน และยอดรวม) เป็น CSV หรือ Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>ส่งออกภาพรวม</translation>
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation>ส่งออกภาพรวมไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation>ส่งออกภาพรวมไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>คอนเวอร์ชัน</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>ระยะเวลาดูเฉลี่ย</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>ผู้ชมสูงสุด</translation>
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation>ไม่มีสินค้าที่ปักหมุด ณ ช่วงเวลานี้</translation>
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation>สินค้าที่ปักหมุด</translation>
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation>สินค้าที่ปักหมุด · ตั้งแต่ {clock}</translation>
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation>GMV {gmv}   คำสั่งซื้อ {orders}   คลิก {clicks}</translation>
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation>ไม่มีตัวเลขของสินค้านี้จากแหล่งข้อมูลนี้</translation>
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation>คลิกเพื่อข้ามไปยังช่วงเวลาที่ปักหมุด ({clock})</translation>
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation>ปักหมุดอยู่ ตั้งแต่ {since} · จำนวนครั้งที่ปักหมุดในไลฟ์นี้: %n</translation>
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation>จำนวนครั้งที่ปักหมุดในไลฟ์นี้: %n
คลิกเพื่อเล่นรีเพลย์จากการปักหมุดเมื่อ {since}</translation>
    </message>
    <message>
        <source>No impressions yet</source>
        <translation>ยังไม่มีการแสดงผล</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>ยังไม่มีการคลิก</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>สินค้าที่ขายได้</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>คำสั่งซื้อ SKU</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>การคลิก</translation>
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
        <translation>เพิ่มลงรถเข็น</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>การปักหมุด</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation>การคลิก ÷ การแสดงผล</translation>
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation>คำสั่งซื้อ SKU ÷ การคลิก</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>ค้นหาตามชื่อหรือ SKU</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>ค้นหาสินค้า</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>เลือกคอลัมน์ที่จะแสดง</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>แสดงเสมอ</translation>
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>ไม่มีข้อมูลสินค้าสำหรับไลฟ์นี้ ข้อมูลประสิทธิภาพสินค้ามาจาก TikTok Shop API หรือชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation>ขณะนี้ไม่มีสินค้าที่ปักหมุด</translation>
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation>
            <numerusform>สินค้าที่ปักหมุดในไลฟ์นี้: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation>ปักหมุดอยู่: {name} — ตั้งแต่ {since} · ทั้ง LIVE ตั้งแต่ปักหมุด: คลิก {clicks} · คำสั่งซื้อ {orders} · GMV {gmv} · CTR {ctr}</translation>
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation>แจกของรางวัล</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>แฟลชเซล</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>โปรโมชัน</translation>
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation>นาฬิกาไลฟ์ ยาว {length} เปรียบเทียบกับ {length} ก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation>ไม่มีสินค้าที่เชื่อมโยงกับโปรโมชันนี้</translation>
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation>สินค้า {id} ไม่อยู่ในรายการสินค้าของไลฟ์นี้</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation>ไม่มีข้อมูลสำหรับช่วงเวลาของโปรโมชัน</translation>
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation>ไม่มีข้อมูลสำหรับช่วงเวลาก่อนโปรโมชัน</translation>
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation>ก่อนโปรโมชันไม่มีค่าให้เปรียบเทียบ (0)</translation>
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation>ระหว่างช่วงเวลา: {during}
ช่วงที่ยาวเท่ากันก่อนหน้า: {before}</translation>
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation>ไม่แสดงการเปลี่ยนแปลง: {why}</translation>
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation>ส่วนที่เพิ่มขึ้นตามที่แหล่งข้อมูลรายงาน: {n}</translation>
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation>{during} เทียบ {before} ({change})</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>ยังไม่ครบ</translation>
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation>ช่วงเวลานี้หรือช่วงก่อนหน้ายังมีข้อมูลไม่ครบ: ตัวเลขอาจยังเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>คำสั่งซื้อ SKU</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation>โปรโมชันและการแจกของรางวัล</translation>
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation>การแสดงผล ยอดดู และคำสั่งซื้อ SKU ระหว่างแต่ละโปรโมชัน เทียบกับช่วงที่ยาวเท่ากันก่อนหน้า (และการเปลี่ยนแปลง) คลิกแถวเพื่อข้ามรีเพลย์ไปยังจุดเริ่มโปรโมชัน</translation>
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation>ไม่มีโปรโมชันในไลฟ์นี้ การแจกของรางวัลและแฟลชเซลมาจากเดโม ชุดข้อมูล LiveDesk หรือบันทึกด้วยตนเอง</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ซ้าย</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ขวา</translation>
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
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation>ทั้งไลฟ์</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>30 นาทีล่าสุด</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>5 นาทีล่าสุด</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>เล่นหรือหยุดชั่วคราว (Space)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 วิ</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>ย้อนกลับ 5 วินาที (←)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 วิ</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>เดินหน้า 5 วินาที (→)</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>ความเร็วในการเล่น</translation>
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation>ตำแหน่งในไลฟ์: ลากหรือคลิกเพื่อข้าม</translation>
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation>ดับเบิลคลิกเพื่อเต็มหน้าจอ (กด Esc เพื่อออก)</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● ไลฟ์</translation>
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation>ติดตามไลฟ์: ความคิดเห็นล่าสุดและสินค้าที่ปักหมุดอยู่ (หยุดรีเพลย์ชั่วคราว)</translation>
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation>สลับวิดีโอเป็นรายการความคิดเห็นทั้งหมดที่ค้นหาได้ และสลับกลับ</translation>
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation>ค้นหาความคิดเห็นตามข้อความหรือผู้ใช้</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>รีเพลย์ไลฟ์</translation>
    </message>
    <message>
        <source>Attach video…</source>
        <translation>แนบวิดีโอ…</translation>
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation>เลือกไฟล์บันทึกของไลฟ์นี้และเทียบเวลาให้ตรงกับนาฬิกาของไลฟ์</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>แสดงวิดีโอ</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>ความคิดเห็นทั้งหมด</translation>
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation>ความคิดเห็นที่เข้ามาแบบเรียลไทม์ (คลิกเพื่อข้ามไปยังความคิดเห็นนั้น)</translation>
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation>ความคิดเห็นจนถึงช่วงเวลาของรีเพลย์ (คลิกเพื่อข้ามไปยังความคิดเห็นนั้น)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} จาก {total}</translation>
    </message>
    <message>
        <source>{total} comments</source>
        <translation>{total} ความคิดเห็น</translation>
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation>ไลฟ์นี้ยังไม่มีรีเพลย์ แนบไฟล์บันทึก (จาก OBS หรือรีเพลย์ที่ดาวน์โหลดมา) เพื่อดูควบคู่กับกราฟ</translation>
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation>ไม่พบไฟล์รีเพลย์: {path}</translation>
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation>เตรียมรีเพลย์ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation>การเล่นวิดีโอต้องใช้ VLC: ติดตั้ง VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output)
รายละเอียด: {why}</translation>
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation>กำลังเตรียมวิดีโอรีเพลย์เดโม (เฉพาะการใช้งานครั้งแรก)…</translation>
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation>นำเข้าไฟล์ส่งออกจาก Seller Center</translation>
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation>“{file}” ไม่ได้ระบุว่าไลฟ์ในไฟล์ ({n} รายการ) เป็นของบัญชีใด เลือกบัญชี (ชื่อผู้ใช้ TikTok เช่น @myshop) และตรวจสอบสกุลเงินและเขตเวลาของไฟล์</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>บัญชี(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>สกุลเงิน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>เขตเวลา(&amp;T):</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation>ระบุไว้ในชื่อคอลัมน์จำนวนเงินของไฟล์</translation>
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation>ตรวจพบจากสัญลักษณ์สกุลเงินในไฟล์ ({currency}) เปลี่ยนได้หากไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation>ไฟล์ไม่ได้ระบุไว้ เลือกสกุลเงินของคอลัมน์จำนวนเงิน</translation>
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation>เวลาในไฟล์จะอ่านตามเขตเวลานี้ (ค่าเริ่มต้น: เขตเวลาของบัญชี หรือของคอมพิวเตอร์เครื่องนี้ {tz})</translation>
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation>คอลัมน์ที่ LiveDesk ไม่รู้จักจะถูกละเว้น: {columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation>เลือกบัญชีเจ้าของไลฟ์</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>สกุลเงินต้องเป็นรหัสสามตัวอักษร เช่น THB</translation>
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation>“{tz}” ไม่ใช่เขตเวลาที่รู้จัก (ใช้ชื่อ เช่น Asia/Bangkok หรือ UTC)</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation>กรองรายการไลฟ์ตามวันที่ บัญชี สถานะ หรือข้อความ ({key})</translation>
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation>ตัวกรอง ({shown}/{total})</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ตัวกรอง</translation>
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation>กรองรายการไลฟ์</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>ข้อความ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>บัญชี(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>ถึง(&amp;O):</translation>
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation>ชื่อไลฟ์ โฮสต์ บัญชี หรือรหัสไลฟ์</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation>เฉพาะไลฟ์ที่เริ่มในวันที่นี้หรือหลังจากนั้น</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation>เฉพาะไลฟ์ที่เริ่มในวันที่นี้หรือก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>ทุกบัญชี</translation>
    </message>
    <message>
        <source>Live and ended</source>
        <translation>กำลังไลฟ์และจบแล้ว</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>กำลังไลฟ์</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>ล้าง(&amp;L)</translation>
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation>แสดงไลฟ์ทั้งหมดอีกครั้ง</translation>
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation>แสดงไลฟ์ {shown} จาก {total} รายการ</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation>● กำลังไลฟ์ · {title} · ตั้งแต่ {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>ทั่วไป(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation>บัญชีและแหล่งข้อมูล(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation>ภาษาของทั้งหน้าต่าง ตัวเลข จำนวนเงิน และวันที่จะแสดงตามภาษานี้ด้วย</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ธีม(&amp;T):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation>รีเฟรชหน้าจอ(&amp;R):</translation>
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation>วินาทีละครั้ง (ใช้ CPU น้อยสุด)</translation>
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation>
            <numerusform>%n ครั้งต่อวินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation>ความถี่ที่กราฟและการ์ดวาดส่วนที่เปลี่ยนแปลงใหม่ขณะกำลังไลฟ์ ข้อมูลเรียลไทม์เข้ามาวินาทีละครั้งไม่ว่าคุณจะเลือกค่าใด</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>เขตเวลาที่ใช้รายงาน(&amp;Z):</translation>
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation>เขตเวลาของแต่ละบัญชี</translation>
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation>เขตเวลาที่แท็บภาพรวมใช้นับวัน พิมพ์เพื่อค้นหา</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>โฟลเดอร์ข้อมูล(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>เปลี่ยน(&amp;H)…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>ใช้ค่าเริ่มต้น(&amp;F)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation>ตั้งค่าแหล่งข้อมูลในหน้าต่างนี้ไม่ได้</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation>“{text}” ไม่ใช่เขตเวลา เลือกจากรายการ เช่น Asia/Bangkok</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>เลือกโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation>LiveDesk จะใช้โฟลเดอร์นี้ตั้งแต่การเปิดครั้งถัดไป ข้อมูลของคุณยังอยู่ใน {old}: คัดลอก livedesk.sqlite3 และโฟลเดอร์ appeals มาไว้ที่โฟลเดอร์ใหม่เพื่อเก็บข้อมูลไว้</translation>
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation>แคชของไลฟ์ของคุณ (livedesk.sqlite3) และหลักฐานการอุทธรณ์จะถูกเก็บไว้ที่นี่</translation>
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
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation>{measure} ของทุกช่องทาง: {total}</translation>
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation>{measure}: {value} จาก {total}
สัดส่วนที่แน่นอน: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>GMV %</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>แสดงผล %</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>ยอดดู %</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>แหล่งทราฟฟิก</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>สัดส่วน GMV</translation>
    </message>
    <message>
        <source>Share of impressions</source>
        <translation>สัดส่วนการแสดงผล</translation>
    </message>
    <message>
        <source>Share of views</source>
        <translation>สัดส่วนยอดดู</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>คำสั่งซื้อ SKU</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>ราคาเฉลี่ย</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE (ไม่เป็นทางการ)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>ไม่มีคีย์ริงของระบบปฏิบัติการในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation>LiveDesk เก็บข้อมูลลับของแอป โทเค็น และรหัสผ่านไว้ในคีย์ริงของระบบปฏิบัติการเท่านั้น (Windows Credential Manager, macOS Keychain, Secret Service หรือ KWallet) และไม่เก็บไว้ในไฟล์ ดังนั้นหากไม่มีคีย์ริง จะเก็บข้อมูลเหล่านี้ไว้หลังจากปิดโปรแกรมไม่ได้</translation>
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation>เก็บข้อมูลลับไว้สำหรับการใช้งานครั้งนี้เท่านั้น (ต้องป้อนใหม่ในครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation>บันทึกแล้ว ข้อมูลลับอยู่ในคีย์ริงของระบบปฏิบัติการ</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation>บันทึกแล้ว ข้อมูลลับถูกเก็บไว้ในหน่วยความจำสำหรับการใช้งานครั้งนี้เท่านั้น</translation>
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation>&lt;b&gt;ไม่เป็นทางการ&lt;/b&gt; เหตุการณ์ในห้อง TikTok LIVE — ผู้ชม ความคิดเห็น ยอดถูกใจ ของขวัญ การติดตาม การแชร์ และการปักหมุดสินค้า แบบเรียลไทม์ — มาจากไลบรารี TikTokLive ของบุคคลที่สาม ซึ่งอ่านการเชื่อมต่อไลฟ์ของ TikTok โดยไม่ได้รับอนุญาตจาก TikTok ต้องใช้ส่วนเสริมที่เป็นตัวเลือก (&lt;code&gt;{hint}&lt;/code&gt;) และเซิร์ฟเวอร์ลงนามของบุคคลที่สาม (Euler Stream) บนอินเทอร์เน็ต และอาจหยุดทำงานได้ทุกเมื่อที่ TikTok เปลี่ยนแปลงระบบ ตัวเลขทางการ (GMV คำสั่งซื้อ สินค้า) มาจากหน้า TikTok Shop</translation>
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation>ไม่พร้อมใช้งาน: ยังไม่ได้ติดตั้งไลบรารี TikTokLive ติดตั้งส่วนเสริมที่เป็นตัวเลือกด้วย {hint} (หรือ `uv sync --extra tiktok` ในซอร์สโค้ดที่เช็กเอาต์ไว้) แล้วรีสตาร์ต LiveDesk</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>ครีเอเตอร์</translation>
    </message>
    <message>
        <source>Sign server API key</source>
        <translation>คีย์ API ของเซิร์ฟเวอร์ลงนาม</translation>
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation>@ครีเอเตอร์ หรือลิงก์ของไลฟ์</translation>
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation>ไม่บังคับ: คีย์ Euler Stream ช่วยเพิ่มขีดจำกัดของเซิร์ฟเวอร์ลงนาม</translation>
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation>รับเหตุการณ์ของห้องนี้ขณะที่ LiveDesk ทำงาน</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation>LiveDesk จะเชื่อมต่อเมื่อครีเอเตอร์เริ่มไลฟ์ และตรวจสอบอีกครั้งทุกนาทีขณะที่ยังไม่ได้ไลฟ์ เซิร์ฟเวอร์ลงนามจำกัดจำนวนการเริ่มเชื่อมต่อ: เมื่อถึงขีดจำกัด LiveDesk จะรอและลองใหม่เอง (สถานะจะบอกว่านานเท่าใด) คีย์ API ของ Euler Stream ช่วยเพิ่มขีดจำกัด ไลฟ์ของห้องและไลฟ์เดียวกันจาก TikTok Shop จะแสดงเป็นไลฟ์เดียว</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>บันทึกไว้แล้ว — เว้นว่างไว้เพื่อใช้ค่าเดิม</translation>
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation>ป้อน @ชื่อผู้ใช้ ของครีเอเตอร์</translation>
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation>หยุดรับข้อมูลจากห้อง TikTok LIVE และลบการตั้งค่าหรือไม่?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>นำออกแล้ว</translation>
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>ชื่อบัญชี</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>คีย์แอป</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>ข้อมูลลับของแอป</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>ให้สิทธิ์ด้วย</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>รหัสการให้สิทธิ์</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>โทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>โทเค็นรีเฟรช</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>URL ฐานของ API</translation>
    </message>
    <message>
        <source>Token host</source>
        <translation>โฮสต์โทเค็น</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>an authorization code</source>
        <translation>รหัสการให้สิทธิ์</translation>
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation>โทเค็นการเข้าถึงและโทเค็นรีเฟรช</translation>
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation>เช่น myshop (ตัวอักษร ตัวเลข _ . -)</translation>
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation>จาก Partner Center → App &amp; Service → แอปของคุณ</translation>
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation>รหัสจากลิงก์ให้สิทธิ์ของผู้ขาย (ใช้ได้ครั้งเดียว)</translation>
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation>ไม่บังคับ: ชื่อหรือรหัสร้านค้า เมื่อผู้ขายให้สิทธิ์หลายร้านค้า</translation>
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation>ซิงค์บัญชีนี้ขณะที่ LiveDesk ทำงาน</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation>แลกรหัสหรือรีเฟรชโทเค็น และค้นหาร้านค้า</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation>&lt;b&gt;วิธีเชื่อมต่อร้านค้า:&lt;/b&gt; ใน TikTok Shop Partner Center ให้สร้างแอปที่มีขอบเขต Shop Analytics แล้วคัดลอกคีย์แอปและข้อมูลลับของแอป ผู้ขายเปิดลิงก์ให้สิทธิ์ของแอป นำรหัสที่ได้กลับมาวางที่นี่ (ใช้ได้ครั้งเดียว ภายในประมาณ 30 นาที) แล้วกด “บันทึก”: LiveDesk จะแลกรหัสเป็นโทเค็น ค้นหาร้านค้า และรีเฟรชโทเค็นให้ใช้งานได้เสมอ ภูมิภาคเป็นตัวกำหนดเขตเวลาและสกุลเงินของร้านค้า ข้อมูลไลฟ์จะเข้ามาเมื่อ TikTok เผยแพร่: ตัวเลขของวันนี้ภายในไม่กี่นาที และรายละเอียดของไลฟ์หลังจากนั้นหนึ่งถึงสองวัน</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>บันทึกไว้ในคีย์ริงแล้ว — เว้นว่างไว้เพื่อใช้ค่าเดิม</translation>
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation>เก็บไว้สำหรับการใช้งานครั้งนี้ — เว้นว่างไว้เพื่อใช้ค่าเดิม</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>ไม่ได้ทำงาน: ปิดอยู่</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>ร้านค้า: {shop}</translation>
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation>นำบัญชี TikTok Shop “{name}” ออก และลบข้อมูลลับของบัญชีนี้ออกจากคีย์ริงหรือไม่?</translation>
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation>ชื่อบัญชีใช้ได้เฉพาะตัวอักษร ตัวเลข “_” “.” และ “-” (สูงสุด 64 ตัว)</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>มีบัญชีชื่อ “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>ป้อนคีย์แอป</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>ป้อนข้อมูลลับของแอป</translation>
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation>ป้อนรหัสการให้สิทธิ์ หรือโทเค็นการเข้าถึงและโทเค็นรีเฟรช</translation>
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation>เชื่อมต่อแล้ว: ร้านค้า “{shop}” ({region})</translation>
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation>ร้านค้าอื่นที่ได้รับสิทธิ์: {names}</translation>
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation>กด “บันทึก” เพื่อเก็บโทเค็นใหม่</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>เชื่อมต่อไม่สำเร็จ: {reason}</translation>
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation>สัดส่วนแหล่งทราฟฟิก</translation>
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation>ปัดเศษให้รวมกันได้ 100% ในแต่ละคอลัมน์ วางเมาส์เพื่อดูค่าที่แน่นอน</translation>
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation>สัดส่วนถูกปัดเศษด้วยวิธีเศษเหลือมากที่สุด ค่าที่ปัดเศษแล้วของแต่ละคอลัมน์จึงรวมกันได้ 100% พอดี</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation>ไม่มีข้อมูลแหล่งทราฟฟิกสำหรับไลฟ์นี้ สัดส่วนตามช่องทางมาจาก TikTok Shop API (บัญชีทางการและบัญชีการตลาด) หรือชุดข้อมูล LiveDesk</translation>
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation>แหล่งทราฟฟิกของไลฟ์นี้</translation>
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation>ทราฟฟิกจากวิดีโอสู่ไลฟ์นี้</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>ไม่มีข้อมูลแหล่งทราฟฟิกสำหรับไลฟ์นี้
ข้อมูลแยกตามช่องทางมาจาก TikTok Shop API (บัญชีทางการและบัญชีการตลาด) หรือจากชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation>เลือกได้สูงสุด {n} ช่องทาง (คลิกช่องทำเครื่องหมายหรือกด Space) เพื่อเปรียบเทียบบนกราฟ แถวรวมจะอยู่ท้ายสุดเสมอไม่ว่าจะเรียงลำดับอย่างไร</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>การเปรียบเทียบช่องทาง</translation>
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation>ตัวชี้วัดของกราฟ(&amp;M):</translation>
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation>สิ่งที่กราฟแสดงสำหรับแต่ละช่องทางที่เลือก ต่อนาที</translation>
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation>เลือกได้สูงสุด {n} ช่องทางในตาราง (Space สลับการเลือกแถวปัจจุบัน) ค่าเป็นรายนาที ปลายเส้นประคือนาทีที่ยังไม่ครบ คลิกกราฟเพื่อข้ามรีเพลย์ไปยังช่วงเวลานั้น</translation>
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation>ทราฟฟิกจากวิดีโอสู่ไลฟ์</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>จัดอันดับตาม(&amp;R):</translation>
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation>จัดอันดับวิดีโอตามทราฟฟิกหรือยอดขายที่นำมา</translation>
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation>ไม่มีทราฟฟิกจากวิดีโอสำหรับไลฟ์นี้
ข้อมูลวิดีโอสั้นที่นำผู้ชมเข้ามามาจาก TikTok Shop API หรือจากชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>ไม่มีแนวโน้มรายช่องทางสำหรับไลฟ์นี้
ข้อมูลอนุกรมเวลาของช่องทางมาจาก TikTok Shop API (บัญชีทางการและบัญชีการตลาด) หรือจากชุดข้อมูล LiveDesk</translation>
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation>ยังไม่ได้เลือกช่องทาง
เลือกได้สูงสุด {n} ช่องทางในตารางด้านบนเพื่อเปรียบเทียบแนวโน้ม</translation>
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation>ไม่ได้เลือก “{channel}”: กราฟเปรียบเทียบได้สูงสุด {n} ช่องทาง ยกเลิกการเลือกหนึ่งช่องทางก่อน</translation>
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation>ไม่มีช่องทางที่ยังใช้ประโยชน์ไม่เต็มที่: ไม่มีช่องทางใดที่มีสัดส่วนการแสดงผลต่ำกว่าค่ามัธยฐาน ที่มีอัตราการแตะเข้าหรือคอนเวอร์ชันดีกว่าค่าเฉลี่ยของไลฟ์นี้อย่างน้อย {ratio}</translation>
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation>มีอัตราการแตะเข้าดีกว่าค่าเฉลี่ย {ratio} (การแตะเข้า {rate} เทียบ {average})</translation>
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation>เปลี่ยนคลิกเป็นคำสั่งซื้อได้ดีกว่าค่าเฉลี่ย {ratio} (CTOR {rate} เทียบ {average})</translation>
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation>เปลี่ยนยอดดูเป็นคำสั่งซื้อได้ดีกว่าค่าเฉลี่ย {ratio} (อัตราการสั่งซื้อ {rate} เทียบ {average})</translation>
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation>ช่องทางที่ยังใช้ประโยชน์ไม่เต็มที่: {channel} {what} แต่มีการแสดงผลเพียง {share} (ช่องทางค่ามัธยฐาน: {median}) — ควรส่งทราฟฟิกผ่านช่องทางนี้มากขึ้น</translation>
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation>แบบเสียเงิน</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>ออร์แกนิก</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation>ทุกช่องทาง: {value}</translation>
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation>{value} จาก {total}
สัดส่วนที่แน่นอน: {exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>แสดงผล</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>แสดงผล %</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>ยอดดู %</translation>
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
        <translation>แตะเข้า</translation>
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
        <translation>อัตราการสั่งซื้อ</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>GPM ยอดดู</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>การคลิก</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>คำสั่งซื้อ SKU</translation>
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation>แหล่งทราฟฟิก เลือกได้สูงสุด 5 ช่องทางเพื่อเปรียบเทียบแนวโน้มบนกราฟ</translation>
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation>ทราฟฟิกแบบเสียเงิน (โฆษณา โปรโมชัน) หรือออร์แกนิก</translation>
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation>การแสดงผล: จำนวนครั้งที่ไลฟ์แสดงผ่านช่องทางนี้</translation>
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation>สัดส่วนการแสดงผลของไลฟ์</translation>
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation>จำนวนครั้งที่เข้าห้องไลฟ์ (รวมการกลับเข้ามาซ้ำ)</translation>
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation>สัดส่วนยอดดูของไลฟ์</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation>มูลค่าของคำสั่งซื้อที่ชำระแล้วที่มาจากช่องทางนี้</translation>
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation>สัดส่วน GMV ของไลฟ์</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation>อัตราการแตะเข้า (ERR, อัตราการเข้าห้อง): ยอดดู ÷ การแสดงผล</translation>
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation>CTR ไลฟ์: การคลิกสินค้า ÷ ยอดดู</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation>อัตราการคลิกเป็นคำสั่งซื้อ: คำสั่งซื้อ SKU ÷ การคลิกสินค้า</translation>
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation>อัตราการสั่งซื้อ: คำสั่งซื้อ SKU ÷ ยอดดู</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV ต่อ 1,000 ยอดดู</translation>
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation>การคลิกสินค้า: การคลิกที่เปิดหน้ารายละเอียดสินค้า</translation>
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation>รายการคำสั่งซื้อระดับ SKU</translation>
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation>เลือกเพื่อเปรียบเทียบช่องทางนี้บนกราฟ (สูงสุด {n} ช่องทาง)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>การแสดงผล</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation>ปักหมุดสินค้า</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>การละเมิด</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>โปรโมชัน</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>แจกของรางวัล</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>แฟลชเซล</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>LIVE ended</source>
        <translation>ไลฟ์จบแล้ว</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation>แกนซ้าย(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation>แกนขวา(&amp;R):</translation>
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation>คลิกเครื่องหมายหรือจุดบนเส้นกราฟเพื่อข้ามรีเพลย์ไปยังช่วงเวลานั้น ลากแถบช่วงบนแถบภาพรวมใต้กราฟ หรือลากขอบของแถบช่วง เพื่อเลือกช่วงที่กำหนดเอง ตัวชี้วัดที่รวมค่าได้จะแสดงเป็นค่าต่อนาทีย้อนหลัง</translation>
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation>ทั้งไลฟ์: ลากแถบช่วงหรือขอบของแถบเพื่อเลือกช่วงที่แสดง</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>เครื่องหมาย:</translation>
    </message>
    <message>
        <source>Product pin</source>
        <translation>ปักหมุดสินค้า</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>การละเมิด</translation>
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation>โปรโมชัน / แจกของรางวัล</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation>แสดงหรือซ่อนเครื่องหมาย “{kind}”</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>โปรโมชัน</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มหมายเหตุ</translation>
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation>เพิ่มหมายเหตุ ณ ช่วงเวลาปัจจุบัน (M): ตำแหน่งรีเพลย์หากคุณเลื่อนไว้ มิฉะนั้นคือข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
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
        <translation>กำลังส่งออกข้อมูลแนวโน้ม…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation>กำหนดเอง: {start} – {end}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>เพิ่มหมายเหตุ</translation>
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation>หมายเหตุที่ {clock} (นาฬิกาไลฟ์):</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>บันทึกหมายเหตุไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>ไม่สามารถส่งออกได้</translation>
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation>เปิดไลฟ์เพื่อส่งออกข้อมูลแนวโน้ม</translation>
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation>ส่งออกได้เมื่อไลฟ์จบแล้ว (ข้อมูลยังเข้ามาอยู่)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>กำลังส่งออกอยู่</translation>
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation>ส่งออกข้อมูลแนวโน้มของไลฟ์นี้เป็นตาราง: หนึ่งแถวต่อนาที ทุกตัวชี้วัดและเหตุการณ์</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export trend data</source>
        <translation>ส่งออกข้อมูลแนวโน้ม</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>เริ่มการส่งออกไม่ได้: มีการส่งออกอื่นกำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>ส่งออกไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>ส่งออกไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation>แยกแหล่งข้อมูลที่รวมกัน</translation>
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation>LiveDesk แสดงไลฟ์เดียวกันที่ได้รับจากหลายแหล่งข้อมูลเป็นไลฟ์เดียว โดยจับคู่จากรหัสไลฟ์ของแพลตฟอร์ม มิฉะนั้นจับคู่จากครีเอเตอร์และเวลา หากแหล่งข้อมูลใดถูกรวมเข้ากับไลฟ์นี้โดยผิดพลาด ให้แยกแหล่งข้อมูลนั้นออก: ตัวเลข ความคิดเห็น เหตุการณ์ และสินค้าของแหล่งข้อมูลนั้นจะย้ายไปเป็นไลฟ์แยกต่างหาก และ LiveDesk จะไม่รวมทั้งสองไลฟ์เข้าด้วยกันอีก</translation>
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation>ไลฟ์: {title} (เริ่มเมื่อ {start})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>LIVE id</source>
        <translation>รหัสไลฟ์</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>จับคู่จาก</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation>กำลังอ่านแหล่งข้อมูลที่รวมกัน…</translation>
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation>ไม่มีแหล่งข้อมูลอื่นที่รวมอยู่ในไลฟ์นี้: ไม่มีอะไรให้แยก</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>แยก</translation>
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation>ให้ไลฟ์ของแหล่งข้อมูลที่เลือกกลับมามีรายการของตัวเองในรายการไลฟ์</translation>
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation>รหัสไลฟ์เดียวกัน</translation>
    </message>
    <message>
        <source>the same creator and time</source>
        <translation>ครีเอเตอร์และเวลาเดียวกัน</translation>
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation>แยก {source} ({account}, ไลฟ์ {live}) ออกจากไลฟ์นี้หรือไม่?

ข้อมูลทั้งหมดที่แหล่งข้อมูลนี้ส่งมาจะย้ายไปเป็นไลฟ์แยกต่างหาก และ LiveDesk จะไม่รวมทั้งสองไลฟ์เข้าด้วยกันอีก</translation>
    </message>
    <message>
        <source>Separating…</source>
        <translation>กำลังแยก…</translation>
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation>แยกแล้ว: ไลฟ์ {live} ของ {source} เป็นไลฟ์แยกต่างหากแล้ว (ย้าย {rows} แถว)</translation>
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation>แยกไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation>แยกแหล่งข้อมูลที่รวมกัน(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation>ยกเลิกการรวมที่ผิดพลาด: แยกไลฟ์ของแหล่งข้อมูลที่ถูกรวมเข้ากับไลฟ์ที่แสดงอยู่ออกมาเป็นไลฟ์แยกต่างหาก</translation>
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation>เปิดไลฟ์ก่อน: จะแยกแหล่งข้อมูลที่รวมอยู่ออกจากไลฟ์ที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation>ไม่สามารถแยกแหล่งข้อมูลที่รวมกันได้</translation>
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation>แยกไลฟ์ {live} ของ {source} ออกจากไลฟ์นี้แล้ว</translation>
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ยอดดู</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>แหล่งข้อมูลนี้ไม่ได้ให้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>โพสต์เมื่อ</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>แสดงผล</translation>
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation>อันดับตามตัวเลขที่เลือกใน “จัดอันดับตาม”</translation>
    </message>
    <message>
        <source>The short video's title</source>
        <translation>ชื่อวิดีโอสั้น</translation>
    </message>
    <message>
        <source>When the video was posted</source>
        <translation>เวลาที่โพสต์วิดีโอ</translation>
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation>การแสดงผล: การแสดงผลไลฟ์ที่มาจากวิดีโอนี้</translation>
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation>จำนวนครั้งที่เข้าห้องไลฟ์จากวิดีโอนี้</translation>
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation>GMV ที่มาจากผู้ชมที่เข้ามาจากวิดีโอนี้</translation>
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
        <translation>ความรุนแรงสูง</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>ความรุนแรงปานกลาง</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>ความรุนแรงต่ำ</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>บทลงโทษ:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>สิ่งที่ควรทำ:</translation>
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation>อุทธรณ์: {status} ({when}){note}</translation>
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation>อุทธรณ์: {status}</translation>
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation>▶ เล่นคลิป</translation>
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation>เล่นช่วงเวลานี้ในรีเพลย์ พร้อมช่วงก่อนและหลัง {s} วินาที</translation>
    </message>
    <message>
        <source>Go to moment</source>
        <translation>ไปยังช่วงเวลา</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>อุทธรณ์…</translation>
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation>อุทธรณ์ต่อ…</translation>
    </message>
    <message>
        <source>View appeal…</source>
        <translation>ดูคำอุทธรณ์…</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation>ยังไม่อุทธรณ์</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ไลฟ์</translation>
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation>เวลาในไลฟ์</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>นโยบาย</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>อุทธรณ์</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation>ยังไม่ได้เชื่อมต่อ: บันทึกการตั้งค่าเพื่อเริ่มแหล่งข้อมูลนี้</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>ไม่ได้ทำงาน: ปิดอยู่</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>กำลังทดสอบการเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation>ไม่มีคีย์ริงของระบบปฏิบัติการ: เลือก “เก็บข้อมูลลับไว้สำหรับการใช้งานครั้งนี้เท่านั้น” ด้านบน หรือติดตั้งคีย์ริง เพื่อจัดเก็บรหัสผ่านและโทเค็น</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>โหลดคำแปลสำหรับ {lang} ไม่ได้</translation>
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation>แนบวิดีโอไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation>แนบวิดีโอแล้ว: {name}</translation>
    </message>
</context>
</TS>