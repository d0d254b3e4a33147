<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation>政策、原因、直播或账号</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C):</translation>
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation>政策(&amp;I):</translation>
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation>申诉(&amp;L):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>日期从(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation>双击违规记录（或按 Enter）即可打开其直播并定位到当时。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation>缓存中没有违规记录</translation>
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation>显示 {shown} 条，共 {total} 条违规</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation>申诉 — {policy}</translation>
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation>您的申诉（发生了什么、内容为何合规）(&amp;Y):</translation>
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation>说明应撤销该违规的理由…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation>提交申诉(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation>将申诉及其违规记录、历史记录和证据保存为 .zip 文件</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>标记为已通过(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>标记为已驳回(&amp;R)</translation>
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation>该直播的数据源不受理申诉：LiveDesk 会将申诉保存为本地记录。请导出后向平台提交，再在此处记录处理结果。</translation>
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation>正在加载违规记录…</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>处罚结果</translation>
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation>{status} — 已于 {time} 保存</translation>
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation>{status} — 尚未保存</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation>暂无步骤：输入时会自动保存第一版草稿。</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>选择证据</translation>
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation>图片、视频和文档 (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the appeal</source>
        <translation>导出申诉</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>recorded by the user</source>
        <translation>由用户记录</translation>
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation>关联视频</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation>请选择“{title}”（开始于 {when}，时长 {length}）的录像：OBS 录像或下载的回放。然后指定视频在直播中的起始时间，或对齐一个您认得出的时刻。</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>视频(&amp;V):</translation>
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation>视频文件或 URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Line up a moment</source>
        <translation>对齐时刻</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation>移到一个您知道其直播时间的画面</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 秒</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 秒</translation>
    </message>
    <message>
        <source>One second forward</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation>此画面的直播时间(&amp;F):</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation>所示画面的直播时钟（自直播开始起的时长）</translation>
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation>对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation>根据此画面计算视频的起始时间</translation>
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation>视频起始于直播时间(&amp;T):</translation>
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation>±h:mm:ss</translation>
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation>录像早于直播开始时为负值</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation>请选择视频文件。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation>请以 ±h:mm:ss 格式输入视频起始时间，例如 -0:00:05。</translation>
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation>选择直播视频</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>视频 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation>请以 h:mm:ss 格式输入该画面的直播时间，例如 0:12:30。</translation>
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation>无法显示视频：{error}</translation>
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation>选择视频后，可在此处查看其画面。</translation>
    </message>
    <message>
        <source>Opening the video…</source>
        <translation>正在打开视频…</translation>
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation>无法播放此文件：{error}</translation>
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation>移到一个您知道其直播时间的画面（屏幕上的时钟、您置顶的商品），在下方输入该时间，然后按“对齐”。</translation>
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation>录像比直播早 {d} 开始（{when}）。</translation>
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation>录像在直播开始 {d} 后开始（{when}）。</translation>
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation>录像与直播同时开始（{when}）。</translation>
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation>受众画像</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation>观众画像：观看过此直播的所有人</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation>买家画像：在此直播中购买过的所有人</translation>
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation>上一页（左方向键）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation>下一页（右方向键）</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>此直播暂无受众画像。观众和买家画像来自 TikTok Shop API 或 LiveDesk 数据包。</translation>
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation>您的直播</translation>
    </message>
    <message>
        <source>Market average</source>
        <translation>市场平均值</translation>
    </message>
    <message>
        <source>market average</source>
        <translation>市场平均值</translation>
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation>您的 14 天平均值</translation>
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation>您自己的 14 天平均值（无市场平均值可用）</translation>
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation>{metric}：您近 14 天的直播</translation>
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation>与{ref}相比：{value}。</translation>
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation>与{ref}相比。</translation>
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation>近 14 天没有更早的直播可供比较。</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation>推荐信息流</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Following feed</source>
        <translation>关注信息流</translation>
    </message>
    <message>
        <source>LIVE feed</source>
        <translation>直播信息流</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人主页</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <source>Shop tab</source>
        <translation>商城</translation>
    </message>
    <message>
        <source>LIVE ads</source>
        <translation>直播广告</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation>趋势：{metric}</translation>
    </message>
    <message>
        <source>Choose the metric</source>
        <translation>选择指标</translation>
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation>在数据趋势中打开</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>流量速递</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation>{state} · 上次同步 {time}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation>等待频率限制解除（{s} 秒）</translation>
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation>{s} 秒后重试</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>上次同步：{time}</translation>
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation>本场直播</translation>
    </message>
    <message>
        <source>All LIVEs</source>
        <translation>全部直播</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>内容质量</translation>
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation>选择一场直播以查看其违规记录。</translation>
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation>此直播没有违规记录。</translation>
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation>违规记录来自平台（TikTok Shop API、TikTok LIVE 直播间横幅）或 LiveDesk 数据包。“全部直播”视图列出所有已缓存直播的违规记录。</translation>
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation>此直播有 1 条违规</translation>
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation>此直播有 {n} 条违规</translation>
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation>播放片段即可准确查看被标记的内容；请在处理结果仍可更改时提出申诉。</translation>
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation>{clicks} 次点击，{orders} 个已支付订单，来自 {lives} 场直播中的 {customers} 位买家</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
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
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation>商品点击次数：打开商品页面的点击</translation>
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation>支付买家数，按场次统计后相加</translation>
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation>已支付 SKU 订单数</translation>
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation>点击成交率：订单数 ÷ 商品点击次数</translation>
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation>时间范围内展示过该商品的直播场次</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation>请安装或解锁系统密钥环（Windows 凭据管理器、macOS 钥匙串，或 Linux 上的 Secret Service / KWallet），以便在两次运行之间保留它们。</translation>
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation>密钥环后端是空密钥环，不会保存任何内容</translation>
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation>此系统上没有可用的系统密钥环后端</translation>
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation>读取失败（{error}）</translation>
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation>写入失败（{error}）</translation>
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation>密钥环没有保留写入的内容</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>没有可用的系统密钥环：{reason}（{backend}）。密钥仅在本次运行期间保存在内存中，下次需要重新输入。</translation>
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation>没有可用的系统密钥环：{reason}（{backend}）。</translation>
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation>自定义核心数据</translation>
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation>最多可选择 {n} 个指标。流量速递指标对直播获得的自然流量影响最大。</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>搜索指标…</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>流量速递</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation>最多只能显示 {n} 个指标。请先取消勾选一个，才能添加“{label}”。</translation>
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation>已选 {n}/{max}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation>导出直播</translation>
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation>导出“{title}”（{when}，时长 {length}）。</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation>LiveDesk 数据包，zip 文件(&amp;Z)</translation>
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation>将 LiveDesk 掌握的此直播全部数据存为一个文件，用于归档或分享。其他 LiveDesk 可通过“文件 → 导入”打开。</translation>
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation>LiveDesk 数据包，文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation>内容相同，但保存为包含 CSV 和 JSON 文件的文件夹，供其他工具使用。</translation>
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation>趋势表，CSV(&amp;C)</translation>
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation>每分钟一行：包含所有指标和事件。</translation>
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation>趋势表，Excel (XLSX)(&amp;E)</translation>
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation>同一张表格，保存为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation>在数据包中包含回放视频(&amp;V)</translation>
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation>将 {file} 复制到数据包中</translation>
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation>此直播在本机上没有回放视频</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是文件夹，请填写文件名。</translation>
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation>{path} 是文件；文件夹形式的数据包需要一个新文件夹名称。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation>将数据包文件夹保存到</translation>
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation>LiveDesk 数据包 (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation>无法导出。</translation>
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation>请先打开一场直播：“导出直播”导出的是屏幕上显示的直播。</translation>
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation>“{title}”仍在进行：请在结束后再导出（其数据仍在陆续到达）。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Export LIVE</source>
        <translation>导出直播</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>无法开始导出：另一项导出正在进行。</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>正在导出“{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>正在写入{what}…</translation>
    </message>
    <message>
        <source>, with the replay video</source>
        <translation>，含回放视频</translation>
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation>已将数据包导出到 {path}：{tables} 个表，共 {rows} 行{video}。</translation>
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation>已将趋势表导出到 {path}。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation>无法导出该直播。未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation>粉丝与非粉丝</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Non-followers</source>
        <translation>非粉丝</translation>
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation>均价：GMV ÷ 主订单数</translation>
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>此直播暂无粉丝数据。粉丝与非粉丝的拆分来自 TikTok Shop API 或 LiveDesk 数据包。</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation>{segment}：精确占比 {exact}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation>{s}秒</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation>推流健康状况来自 OBS（设置 → 数据源 → OBS）</translation>
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation>上次轮询期间的输出码率。{good} kbps 及以上为绿色，{warn} kbps 及以上为黄色，低于此值或 OBS 重连时为红色。</translation>
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>自推流开始以来因网络丢弃的帧数。低于 {warn} 为绿色，低于 {bad} 为黄色，{bad} 及以上为红色。</translation>
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>OBS 输出的拥塞程度。低于 {warn} 为绿色，低于 {bad} 为黄色，{bad} 及以上为红色。</translation>
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation>OBS 的 CPU 占用率。低于 {warn} 为绿色，低于 {bad} 为黄色，{bad} 及以上为红色。</translation>
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation>码率：正在重连…</translation>
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation>码率 {value}</translation>
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation>码率 {value} kbps</translation>
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation>丢帧 {value}</translation>
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation>拥塞 {value}</translation>
    </message>
    <message>
        <source>OBS CPU {value}</source>
        <translation>OBS CPU {value}</translation>
    </message>
</context>
<context>
    <name>HintsView</name>
    <message>
        <source>Hints appear here once the range's data has been read.</source>
        <translation>读取完该时间范围的数据后，提示会显示在这里。</translation>
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation>根据该时间范围的汇总数据与市场平均值（或您此前 30 天的平均值）对比计算得出。每条提示都会注明其依据的数据。</translation>
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation>此时间范围内没有突出问题：进房率、直播 CTR、CTOR 和观看时长均接近或高于参考值，销售也分散在多个商品上。</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation>导入直播</translation>
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation>LiveDesk 数据包和 Seller Center 导出文件 (*.zip *.xlsx *.xlsm *.csv manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation>只能导入本机上的文件和文件夹。</translation>
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation>无法导入。</translation>
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation>LiveDesk 无法导入此内容。</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>另一项导入仍在进行。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation>已取消导入 {name}，未导入任何内容。</translation>
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation>正在导入 {name}…
{what}</translation>
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation>无法导入 {name}，其内容均未保留。</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 条</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… 另有 {n} 条（请查看详细信息）</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation>核心数据 · 实时，每秒更新</translation>
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation>核心数据 · 整场直播</translation>
    </message>
    <message>
        <source>Customize…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation>最多选择 16 个指标以卡片形式显示</translation>
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation>此数据源未提供（{source}）</translation>
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation>仅在直播进行时显示</translation>
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
        <translation>核心指标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation>数据趋势(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation>流量来源(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation>内容质量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation>直播(&amp;L):</translation>
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation>选择一场直播：正在进行的或过往的</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>直播回放</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation>打开用户手册 (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation>切换全屏 (F11)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation>导入 LiveDesk 数据包（文件夹或 .zip）或 Seller Center 导出文件（.xlsx、.csv）；也可以直接拖放到窗口中</translation>
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation>导出直播(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation>将当前显示的直播导出为 LiveDesk 数据包或趋势表</translation>
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation>关联视频(&amp;A)…</translation>
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation>将录像（OBS、下载的回放）用作当前直播的回放，并与其时钟对齐</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>数据源(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation>连接 TikTok Shop 账号、TikTok LIVE 直播间和 OBS</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation>语言、主题、屏幕刷新、报告时区和数据文件夹</translation>
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation>{title}（已被筛选隐藏）</translation>
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation>选择直播</translation>
    </message>
    <message>
        <source>Source: —</source>
        <translation>数据源：—</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>数据源：{source}</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation>● {s} 秒后重试</translation>
    </message>
    <message>
        <source>● Failed</source>
        <translation>● 失败</translation>
    </message>
    <message>
        <source>● Stopped</source>
        <translation>● 已停止</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation>直播中 {clock}</translation>
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation>已结束 · {clock}</translation>
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation>请先打开一场直播：视频将关联到当前显示的直播。</translation>
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation>拖放以导入 {names}</translation>
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation>显示“{name}”选项卡</translation>
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation>筛选直播列表</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>回放：播放或暂停</translation>
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation>回放：后退或前进 5 秒</translation>
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation>数据趋势：在回放时刻添加备注</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation>LiveDesk 用户手册</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>手册页面</translation>
    </message>
    <message>
        <source>Manual text</source>
        <translation>手册正文</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>数据趋势</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>流量来源</translation>
    </message>
    <message>
        <source>Content quality</source>
        <translation>内容质量</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Replay and comments</source>
        <translation>回放和评论</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>导入和导出</translation>
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation>连接您的账号</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>指标词汇表</translation>
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation>LiveDesk 展示您直播带货的各项数据：直播时实时显示，直播结束后详细呈现，并且每张图表都与回放视频关联。</translation>
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation>在顶部的列表中选择一场直播（{keys}）：正在进行的直播标有 &lt;b&gt;● 正在直播&lt;/b&gt;，其后是过往的直播，最新的排在最前。旁边的筛选按钮（{filter}）可按文字、日期、账号和状态缩小列表范围。</translation>
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation>首次启动时，LiveDesk 会运行内置演示：一场模拟的正在进行的直播以及过去 14 天的直播，让您在连接账号之前就能浏览每个界面。其回放视频的每一帧都显示直播时钟。</translation>
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation>没有哪个数据源能提供全部数据。数据源未提供的值显示为 —，绝不会显示为 0；没有数据的面板会说明哪个数据源可以提供这些数据。</translation>
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation>核心数据卡片最多可显示 16 个您选择的指标（&lt;b&gt;自定义…&lt;/b&gt;）。直播期间每秒更新；直播结束后显示整场直播的数据，每个指标按各自的方式汇总：比率始终是合计值之比。</translation>
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation>每张卡片都会与您的上一场直播以及市场平均值（若无市场平均值，则与您自己的 14 天平均值）进行对比。表现最差的三个指标会以红框标出；直播结束后，将鼠标悬停在某个指标上或按 Tab 使其获得焦点，即可查看它在您近 14 天各场直播中的表现。</translation>
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation>卡片下方依次是：一个指标的趋势（用 ✎ 按钮选择指标）、流量来源占比、粉丝与非粉丝对比、商品列表（点击某个商品即可将回放跳转到其置顶时刻），以及观众或买家的受众画像。</translation>
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation>在一张图表上显示两个指标，各占一个坐标轴，鼠标指针处会同时显示两者的读数。标记表示商品置顶、违规、促销和您的备注；可通过图例显示或隐藏各类标记。点击标记或数据点，即可将回放跳转到该时刻。</translation>
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation>用“整场直播”“近 30 分钟”和“近 5 分钟”选择时间范围；拖动图表下方的选框可选择其他任意范围。&lt;b&gt;添加备注&lt;/b&gt;（或按 M）会在回放时刻记下一条备注。直播结束后，&lt;b&gt;导出&lt;/b&gt;可将趋势表保存为 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation>观众从哪里来：每个渠道的曝光次数、观看次数和 GMV 及其占比，以及进房率、CTR、CTOR、下单率和观看 GPM。无论如何排序，合计行始终位于最后。</translation>
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation>最多勾选五个渠道，即可在图表上比较其趋势。表格下方的一行会指出转化效果好但流量偏少的渠道。</translation>
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation>直播中发现的每条违规记录，包括其政策、原因、处罚结果和建议。&lt;b&gt;播放片段&lt;/b&gt;会播放该时刻及其前后几秒。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation>&lt;b&gt;申诉…&lt;/b&gt;会打开申诉：填写理由并附上证据；输入时会自动保存草稿。全部直播列表可查找您所有直播中的违规记录。</translation>
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation>您的直播在一段日期范围内的汇总数据，按报告时区计算，每项都与上一个等长周期对比；今天标记为数据不完整。</translation>
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation>下方依次是：每天的 GMV、观看次数或直播场次，每场直播一行的列表（按 Enter 打开），商品转化、指标说明，以及根据您的数据计算出的提示。</translation>
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation>回放面板播放直播的视频。按空格键播放或暂停，按 ← 和 → 跳转 5 秒。视频下方的时钟是直播时钟。点击某条评论即可跳转到其发布时刻。</translation>
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation>播放视频使用 VLC；未安装 VLC 时，面板会说明如何安装，其他功能照常可用。&lt;b&gt;文件 → 关联视频…&lt;/b&gt;可将您自己的录像与直播时钟对齐。</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation>&lt;b&gt;文件 → 导入…&lt;/b&gt;（Ctrl+O）可读取 LiveDesk 数据包或 Seller Center 导出文件（.xlsx、.csv）；也可以直接将文件拖放到窗口中。导入要么全部完成，要么完全不导入：文件有错误时，会指出出错的行和列，且不做任何更改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation>&lt;b&gt;文件 → 导出直播…&lt;/b&gt;（Ctrl+E）可将当前显示的直播导出为数据包（可选是否包含视频）或趋势表，以便在另一台电脑上查看。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation>&lt;b&gt;设置 → 数据源…&lt;/b&gt;用于连接 TikTok Shop 账号（官方 API）、TikTok LIVE 直播间（非官方）和 OBS。&lt;b&gt;测试连接&lt;/b&gt;可在保存前检查当前页面的设置。</translation>
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation>密钥（应用密钥、令牌、密码）只保存在系统密钥环中。若密钥环不可用，LiveDesk 会提示您，并可仅在本次运行中保留这些信息；它们绝不会写入文件。</translation>
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation>状态栏中的圆点显示各数据源的状态：已连接、正在同步、等待频率限制解除，或失败及其原因。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation>&lt;b&gt;设置 → 偏好设置…&lt;/b&gt;（Ctrl+,）用于设置语言、主题（跟随系统、浅色或深色）、直播时屏幕的重绘频率、概览的报告时区以及数据文件夹。</translation>
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation>关闭 LiveDesk 时，窗口大小、全屏状态、面板布局和当前显示的选项卡都会被保存，并在下次启动时恢复。</translation>
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation>所有操作都可以通过键盘完成。按 Tab 在控件之间移动；带下划线的字母可与 Alt 键配合使用。</translation>
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation>LiveDesk 支持的所有指标，及其计算方式和使用方法。</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>LiveDesk bundle</source>
        <translation>LiveDesk 数据包</translation>
    </message>
    <message>
        <source>Seller Center export</source>
        <translation>Seller Center 导出文件</translation>
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation>TikTok Shop API</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE（非官方）</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>数据源：{sources}</translation>
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation>较上一场直播：—</translation>
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation>较上一场直播 {arrow} {pct}</translation>
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation>较市场均值 {sign}{pct}</translation>
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation>较您的 14 天均值 {sign}{pct}</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>参考值：{ref}</translation>
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation>成交总额：归属于该直播的已支付订单金额，按支付时间统计。其中包括之后被取消或退款的订单。</translation>
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation>这是您最核心的成绩。请比较时长相近的直播；若要比较时长和流量不同的直播，请使用每小时 GMV 和观看 GPM。</translation>
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation>售出的商品件数：一个订单买了三件即计为三件。</translation>
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation>可据此规划库存；若件数上升而 GMV 持平，说明在售的是更便宜的商品或多件优惠。</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation>已支付的订单行，每个 SKU 一行：购物车中有两个商品即为两个 SKU 订单。</translation>
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation>CTOR（SKU 订单）和下单率的分子；置顶商品时关注它，即可看出置顶是否带来销量。</translation>
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation>已支付的父订单：一次结账只计一次，无论包含多少商品。</translation>
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation>用于计算平均订单金额（均价），并了解买家合并购买多个商品的频率。</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>已创建的 SKU 订单，无论是否支付。</translation>
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation>与 SKU 订单数对比：差距大说明买家在支付环节放弃（参见支付率）。</translation>
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation>该直播的去重支付买家数。</translation>
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation>成交人数 ÷ 观看人数即为转化率；在 GMV 相同的情况下，成交人数越多，说明受众越广、风险越低。</translation>
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation>直播被展示给用户的次数：信息流卡片、预览或搜索结果。即直播的触达范围。</translation>
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation>曝光少：选择更合适的时间开播，用短视频或广告推广直播。曝光多但观看少：参见进房率。</translation>
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation>进入直播间的次数。观众离开后再次进入会重复计数。</translation>
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation>按观看次数计算的互动率、观看 GPM 和下单率的基数。观看次数远高于观看人数，说明观众会回访。</translation>
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation>进入直播间的去重人数。</translation>
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation>转化率和互动率的基数。多场直播合计时，同一个人每场直播计一次。</translation>
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation>此刻在直播间里的人数（同时在线人数）。</translation>
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation>直播时关注它：在峰值时置顶最好的商品或开启优惠；某个环节结束后立即下降，说明该环节没能留住观众。</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation>商品卡片在直播中被展示的次数（置顶卡片、购物袋列表）。</translation>
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation>观看多而商品曝光少：请更频繁地打开购物袋并置顶商品。</translation>
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation>直播期间打开商品详情页的点击次数。按点击计数：一位买家点击三次即计为三次点击。</translation>
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation>漏斗中的兴趣环节：除以观看次数得到直播 CTR，除以商品曝光次数得到商品 CTR；订单数 ÷ 点击次数即为 CTOR。</translation>
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation>从直播中将商品加入购物车的次数。</translation>
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation>加购多而订单少：买家在结账时犹豫；提醒他们优惠即将结束，并检查运费。</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>直播中发布的评论数。</translation>
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation>直播间活跃的标志，TikTok 会以流量作为奖励；多提问并点名回复，可以提升评论数。</translation>
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation>点赞数（点击屏幕）；一位观众可以点赞多次。</translation>
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation>一种低成本的互动信号；请比较不同直播的点赞率，而不是点赞总数。</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>直播被分享的次数。</translation>
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation>分享能免费带来新观众：在抽奖和力度大的优惠时邀请观众分享。</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>在直播期间关注的账号数。</translation>
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation>粉丝是您后续直播的观众；关注率低说明观众看不到再回来的理由。</translation>
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation>观众送出的虚拟礼物数。</translation>
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation>来自核心粉丝的忠诚度信号；请在镜头前感谢送礼的观众。</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation>所有观众的观看时长总和（秒）。</translation>
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation>平均观看时长的基数；它会随着受众规模和留存率的提高而增长。</translation>
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation>持续超过一分钟的观看次数。</translation>
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation>除以观看次数，可看出有多少次进入转化为真正的观看；占比低说明内容的开头几秒有问题。</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation>付费推广该直播的花费（直播广告、GMV Max、Promote）。</translation>
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation>同等效果下越低越好：请与广告 GMV 对比衡量（GMV Max ROI）。</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>归属于付费推广的 GMV。</translation>
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation>与广告花费（ROI）和总 GMV 对比，可以看出您的销售额中有多少是花钱买来的。</translation>
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation>最高同时在线人数：同一时刻直播间内人数的最大值。</translation>
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation>显示直播的最佳时刻；在趋势图上找到它，并重复您当时的做法。</translation>
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation>直播期间的平均同时在线人数。</translation>
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation>比峰值更稳定的衡量指标：峰值高而平均值低，说明流量是一阵一阵涌入后又离开的。</translation>
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation>进房率 (ERR)：观看次数 ÷ 直播曝光次数，即看到直播后点击进入的人所占的比例。</translation>
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation>低于市场水平：请优化直播封面、标题，以及观众在信息流预览中看到的最初几秒。</translation>
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation>直播点击率：商品点击次数 ÷ 观看次数。</translation>
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation>偏低：置顶正在讲解的商品，将其靠近镜头展示，并邀请观众点击购物袋。</translation>
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation>商品点击率：商品点击次数 ÷ 商品曝光次数。</translation>
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation>衡量商品卡片的吸引力：图片、标题和价格。</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation>点击成交率：SKU 订单数 ÷ 商品点击次数，即商品页面访问中最终形成已支付订单的比例。</translation>
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation>偏低：检查价格、优惠券、运费、库存和商品页面（图片、评价）。</translation>
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation>按父订单计算的点击成交率：主订单数 ÷ 商品点击次数。</translation>
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation>与 CTOR（SKU 订单）对照查看：两者的差距显示买家在一次结账中购买多个商品的频率。</translation>
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation>SKU 订单数 ÷ 观看次数：多少次观看最终形成订单行。</translation>
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation>用一个数字概括从进入直播间到下单的整个漏斗；将其拆分为直播 CTR 和 CTOR，即可找出薄弱环节。</translation>
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation>成交人数 ÷ 观看人数：去重观众中购买者所占的比例。</translation>
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation>衡量直播对所触达人群销售效果的最佳单一指标；多场直播合计时，按总和之比计算。</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>每 1,000 次观看的 GMV。</translation>
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation>比较不同直播对受众的变现能力，不受受众规模影响；TikTok 会据此决定直播应获得多少流量。</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>每 1,000 次直播曝光的 GMV。</translation>
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation>覆盖从信息流到下单的整个漏斗；可用于比较不同流量渠道和付费推广。</translation>
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation>平均订单金额：GMV ÷ 主订单数。</translation>
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation>可通过组合套装、多件优惠和满额包邮来提高。</translation>
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation>每位去重观众的平均观看时长：总观看时长 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation>偏短：内容没能留住观众。开场设置钩子，现场演示，回复评论，并保持小高潮的节奏。</translation>
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation>每次观看的平均观看时长：总观看时长 ÷ 观看次数。</translation>
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation>当观众多次回访时，它会短于按人计算的数值；对比两者即可看出观众是否回访。</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>评论数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation>不受受众规模影响的互动指标；多提一些一个词就能回答的问题。</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>新增粉丝数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation>偏低：告诉观众下一场直播有什么内容，以及为什么现在就该关注。</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>点赞数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation>一种轻量的互动信号；设置点赞目标（“点赞到 1 万就揭晓……”）可以提升它。</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>分享次数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation>免费的触达：当优惠值得告诉朋友时，请邀请观众分享。</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>已支付 SKU 订单数 ÷ 已创建 SKU 订单数。</translation>
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation>偏低：买家在支付环节流失；检查支付方式、是否较晚才显示运费，并提醒买家完成订单。</translation>
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation>广告支出回报率：广告 GMV ÷ 广告花费（1.8× = 180 %）。</translation>
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation>若低于您利润率的盈亏平衡点，即使 GMV 增长，广告也在亏钱。</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV 除以时间窗口的小时数。</translation>
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation>用于比较时长不同的直播；据此决定每场直播播多久。</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>直播曝光次数除以时间窗口的小时数。</translation>
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation>显示 TikTok 随时间给直播分配了多少流量；直播后段节奏下降，说明可以早点下播。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>multiplier</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation>▲ 越高越好</translation>
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation>▼ 越低越好</translation>
    </message>
    <message>
        <source>Traffic express</source>
        <translation>流量速递</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation>{metric} ÷ 小时数</translation>
    </message>
    <message>
        <source>highest {metric}</source>
        <translation>{metric}最大值</translation>
    </message>
    <message>
        <source>mean {metric}</source>
        <translation>{metric}平均值</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>理想方向</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>使用方法</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>分组：{group}</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>公式：{formula}</translation>
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation>Seller Center 导出文件中的名称：{labels}</translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation>流量速递</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation>搜索指标：名称、含义或建议（例如“CTOR”“封面”）</translation>
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation>没有与搜索匹配的指标。</translation>
    </message>
    <message>
        <source>How to use it:</source>
        <translation>使用方法：</translation>
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
        <translation>归属于该直播的已支付订单金额。</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation>直播期间售出的商品件数。</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单数</translation>
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation>已支付的订单行，每个 SKU 一行。</translation>
    </message>
    <message>
        <source>Main orders</source>
        <translation>主订单数</translation>
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation>已支付的父订单。</translation>
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation>已创建 SKU 订单数</translation>
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation>已创建的 SKU 订单，无论是否支付。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation>去重支付买家数。</translation>
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation>直播曝光次数</translation>
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation>直播在信息流卡片或预览中被展示的次数。</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation>进入直播间的次数；重复进入也计数。</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation>去重观众人数。</translation>
    </message>
    <message>
        <source>Current viewers</source>
        <translation>当前在线人数</translation>
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation>此刻在直播间里的观众人数。</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>商品曝光次数</translation>
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation>商品卡片在直播中被展示的次数。</translation>
    </message>
    <message>
        <source>Product clicks</source>
        <translation>商品点击次数</translation>
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation>直播期间打开商品详情页的点击次数。</translation>
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation>加购次数</translation>
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation>从直播中加入购物车的商品次数。</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation>直播中发布的评论数。</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation>直播中的点赞数（点击屏幕）。</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享次数</translation>
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation>直播被分享的次数。</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新增粉丝数</translation>
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation>在直播期间关注的账号数。</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼物数</translation>
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation>观众送出的礼物数。</translation>
    </message>
    <message>
        <source>Total watch time</source>
        <translation>总观看时长</translation>
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation>所有观众的观看时长总和（秒）。</translation>
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation>&gt; 1 分钟观看次数</translation>
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation>持续超过一分钟的观看次数。</translation>
    </message>
    <message>
        <source>Ads cost</source>
        <translation>广告花费</translation>
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation>付费推广该直播的花费。</translation>
    </message>
    <message>
        <source>Ads GMV</source>
        <translation>广告 GMV</translation>
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation>归属于付费推广的 GMV。</translation>
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation>最高在线人数 (PCU)</translation>
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation>同时在线观众人数的最大值。</translation>
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation>平均在线人数 (ACU)</translation>
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation>同时在线观众人数的平均值。</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation>进房率 (ERR)</translation>
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation>进房率：观看次数 ÷ 直播曝光次数。</translation>
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation>直播 CTR</translation>
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation>商品点击次数 ÷ 观看次数。</translation>
    </message>
    <message>
        <source>Product CTR</source>
        <translation>商品 CTR</translation>
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation>商品点击次数 ÷ 商品曝光次数。</translation>
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation>CTOR（SKU 订单）</translation>
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation>SKU 订单数 ÷ 商品点击次数。</translation>
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation>CTOR（主订单）</translation>
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation>主订单数 ÷ 商品点击次数。</translation>
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation>下单率（SKU 订单）</translation>
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation>SKU 订单数 ÷ 观看次数。</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation>成交人数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>观看 GPM</translation>
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation>每 1,000 次观看的 GMV。</translation>
    </message>
    <message>
        <source>Show GPM</source>
        <translation>曝光 GPM</translation>
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation>每 1,000 次直播曝光的 GMV。</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>均价</translation>
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation>GMV ÷ 主订单数。</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation>每位去重观众的平均观看时长。</translation>
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation>每次观看平均时长</translation>
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation>每次观看的平均观看时长。</translation>
    </message>
    <message>
        <source>Comment rate</source>
        <translation>评论率</translation>
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation>评论数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Follow rate</source>
        <translation>关注率</translation>
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation>新增粉丝数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Like rate</source>
        <translation>点赞率</translation>
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation>点赞数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Share rate</source>
        <translation>分享率</translation>
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation>分享次数 ÷ 观看人数。</translation>
    </message>
    <message>
        <source>Payment rate</source>
        <translation>支付率</translation>
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation>已支付 SKU 订单数 ÷ 已创建 SKU 订单数。</translation>
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation>GMV Max ROI</translation>
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation>广告 GMV ÷ 广告花费。</translation>
    </message>
    <message>
        <source>GMV per hour</source>
        <translation>每小时 GMV</translation>
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation>GMV 除以时间窗口的小时数。</translation>
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation>每小时曝光次数</translation>
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation>直播曝光次数除以时间窗口的小时数。</translation>
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation>OBS 会在直播期间发送推流健康状况（码率、丢帧、拥塞、CPU）及其录像，录像将成为该直播的回放。在 OBS 中打开 &lt;b&gt;工具 → WebSocket 服务器设置&lt;/b&gt;，勾选 &lt;b&gt;开启 WebSocket 服务器&lt;/b&gt;；&lt;b&gt;显示连接信息&lt;/b&gt; 中可查看端口和密码。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation>在 LiveDesk 运行时读取推流健康状况和录像</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation>OBS 并不知道自己推流的是哪场 TikTok 直播：LiveDesk 会将其数据添加到当前正在进行的直播 — 若收到了 TikTok LIVE 直播间的直播，则为该直播；否则为您打开的、正在进行的直播；再否则为最新一场正在进行的直播。直播期间，这些数据显示在核心指标卡片下方。录像停止后，其文件将成为该直播的回放。</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation>OBS 中关闭身份验证时留空</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>连接失败：{reason}</translation>
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation>已连接到 {url} 的 OBS：{stream}，{record}。</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>正在推流</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>未推流</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>正在录制</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>未录制</translation>
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation>停止读取 OBS 并清除其设置和密码？</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>Hours live</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation>时间范围内进行过的直播场次</translation>
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation>时间范围内的直播时长，各场直播相加</translation>
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation>时间范围内的已支付订单金额</translation>
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation>进入直播间的次数；重复进入也计数</translation>
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation>去重观众人数，各场直播相加</translation>
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation>时间范围内的成交人数 ÷ 观看人数（总和之比）</translation>
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation>时间范围内的总观看时长 ÷ 观看人数</translation>
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation>今天：数据不完整</translation>
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation>该时间范围包含今天，其数据仍在陆续到达</translation>
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation>较上期 {change}</translation>
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation>上一个等长周期没有可供比较的数据</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation>与上一个等长周期相比的变化（{value}）</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>柱形所示内容</translation>
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation>斜纹柱：今天，数据不完整</translation>
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation>此时间范围内没有直播数据。</translation>
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation>正在读取该时间范围的数据…</translation>
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation>今天：数据不完整，仍在陆续到达</translation>
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation>信息流中有曝光，但很少有人点进来</translation>
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation>观众在看，但很少打开商品</translation>
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation>商品有点击，但很少成交</translation>
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation>观众很快离开</translation>
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation>销售依赖单一商品</translation>
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation>检查直播封面和标题：展示商品和优惠，露出清晰的人脸，给出简短的利益点。在粉丝活跃的时段开播也有帮助。</translation>
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation>置顶正在讲解的商品，将其举到镜头前，报出价格，并邀请观众点击购物袋。</translation>
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation>检查价格、优惠券、运费、库存和商品页面（图片、评价）。限时优惠可以促使犹豫的买家下单。</translation>
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation>优化内容：开场设置钩子，用演示代替罗列，点名回复评论，并保持小高潮的节奏（抽奖、揭晓）。</translation>
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation>您的 GMV 依赖单一商品。请在它旁边推荐其他商品（组合套装、交叉销售），以免一次缺货或调价就让销售停滞。</translation>
    </message>
    <message>
        <source>the market average</source>
        <translation>市场平均值</translation>
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation>您此前 30 天的平均值</translation>
    </message>
    <message>
        <source>a usual minimum</source>
        <translation>常规最低值</translation>
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation>“{product}”贡献了商品 GMV 的 {share}（{gmv} / {total}，共展示 {n} 个商品）。</translation>
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation>{metric} 为 {value}，而{reference_kind}为 {reference}（{figures}）。</translation>
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation>时间范围:</translation>
    </message>
    <message>
        <source>Product conversion</source>
        <translation>商品转化</translation>
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation>按报告时区计算的整天；近 7 天和近 30 天均包含今天</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>末日（含）</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>精确时间</translation>
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation>精确到分钟指定开始和结束时间，而不是按整天</translation>
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation>开始（含），按报告时区</translation>
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation>结束（不含），按报告时区</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区:</translation>
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation>报告时区：日期边界和时间均按此时区计算。输入即可搜索，例如“Jakarta”。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel 工作簿…</translation>
    </message>
    <message>
        <source>Conversion by product</source>
        <translation>商品转化</translation>
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation>点击次数可能超过转化次数：每次点击商品卡片都计一次点击，而每个已支付订单只计一次转化。一位买家常会点击多次，购物车也可能被放弃或未支付。CTOR = 订单数 ÷ 商品点击次数，按时间范围内的各场直播相加。</translation>
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation>在该时间范围内开始的直播。双击某场直播或按 Enter 即可打开。</translation>
    </message>
    <message>
        <source>LIVEs</source>
        <translation>直播列表</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>指标说明</translation>
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation>
            <numerusform>提示 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>显示 {range}</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>对比 {previous}</translation>
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation>今天数据不完整（截至 {time}）</translation>
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation>
            <numerusform>%n 场其他币种的直播未计入金额合计</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation>仍在读取该时间范围的数据</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>导出正在进行</translation>
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation>将概览（时间范围、时区、每天一行及合计）导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>导出概览</translation>
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation>无法导出概览：{error}</translation>
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation>概览已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最高在线人数</translation>
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation>此刻没有置顶商品</translation>
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation>置顶商品</translation>
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation>置顶商品 · 自 {clock} 起</translation>
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation>GMV {gmv}   订单 {orders}   点击 {clicks}</translation>
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation>此数据源没有该商品的数据</translation>
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation>点击跳转到置顶时刻（{clock}）</translation>
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation>当前置顶，自 {since} 起 · 本场置顶次数：%n</translation>
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation>本场置顶次数：%n
点击从 {since} 的置顶时刻开始回放。</translation>
    </message>
    <message>
        <source>No impressions yet</source>
        <translation>暂无曝光</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>暂无点击</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击次数</translation>
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
        <translation>加购次数</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>置顶次数</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation>点击次数 ÷ 曝光次数</translation>
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation>SKU 订单数 ÷ 点击次数</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>按名称或 SKU 搜索</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>始终显示</translation>
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation>此直播暂无商品数据。商品表现数据来自 TikTok Shop API 或 LiveDesk 数据包。</translation>
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation>当前没有置顶商品</translation>
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation>
            <numerusform>本场直播置顶过的商品：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation>当前置顶：{name} — 自 {since} 起 · 置顶以来整场直播：点击 {clicks} · 订单 {orders} · GMV {gmv} · CTR {ctr}</translation>
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限时秒杀</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation>直播时钟；时长 {length}，与紧邻其前的 {length} 对比</translation>
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation>此促销未关联商品</translation>
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation>商品 {id} 不在此直播的商品列表中</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation>促销时间窗口内没有数据</translation>
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation>促销前的时间窗口内没有数据</translation>
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation>促销前没有可供比较的数据（0）</translation>
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation>时间窗口内：{during}
之前等长时段：{before}</translation>
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation>未显示变化：{why}</translation>
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation>增量（由数据源报告）：{n}</translation>
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation>{during} 对比 {before}（{change}）</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation>该时间窗口或其之前的时段尚未完整进入数据：数值可能仍会变化</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单数</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation>促销和抽奖</translation>
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation>每次促销期间的曝光次数、观看次数和 SKU 订单数，与紧邻其前的等长时间窗口对比（及变化）。点击一行即可将回放跳转到促销开始时。</translation>
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation>此直播没有促销。抽奖和限时秒杀来自演示数据、LiveDesk 数据包或手动备注。</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示详细信息...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详细信息...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation>整场直播</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>近 30 分钟</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>近 5 分钟</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>后退 5 秒 (←)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>前进 5 秒 (→)</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation>在直播中的位置：拖动或点击即可跳转</translation>
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation>双击进入全屏（按 Esc 退出）</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● 直播</translation>
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation>跟随直播：最新评论和当前置顶的商品（会暂停回放）</translation>
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation>在视频与可搜索的全部评论列表之间切换</translation>
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation>按文字或用户搜索评论</translation>
    </message>
    <message>
        <source>LIVE replay</source>
        <translation>直播回放</translation>
    </message>
    <message>
        <source>Attach video…</source>
        <translation>关联视频…</translation>
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation>选择此直播的录像，并与其时钟对齐</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>显示视频</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>全部评论</translation>
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation>实时评论（点击某条即可跳转）</translation>
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation>截至回放时刻的评论（点击某条即可跳转）</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>{total} comments</source>
        <translation>{total} 条评论</translation>
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation>此直播还没有回放。关联一个录像（OBS 录像或下载的回放），即可在图表旁边观看。</translation>
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation>回放文件缺失：{path}</translation>
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation>无法准备回放：{error}</translation>
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation>播放视频需要 VLC：请安装 VLC 3（Windows/macOS：videolan.org；Debian/Ubuntu：apt install libvlc5 vlc-plugin-base vlc-plugin-video-output）。
详细信息：{why}</translation>
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation>正在准备演示回放视频（仅首次使用时）…</translation>
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation>导入 Seller Center 导出文件</translation>
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation>“{file}”未注明其中的直播（文件中共 {n} 场）属于哪个账号。请选择账号（TikTok 用户名，例如 @myshop），并检查文件所用的币种和时区。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T):</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@用户名</translation>
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation>由文件的金额列指定。</translation>
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation>根据文件中的货币符号检测得出（{currency}）；如有误请更改。</translation>
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation>文件未注明；请选择其金额列所用的币种。</translation>
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation>文件中的时间按此时区读取（默认：账号的时区，否则为本机的时区 {tz}）。</translation>
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation>LiveDesk 无法识别的列将被忽略：{columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation>请选择这些直播所属的账号。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>币种必须是三个字母的代码，例如 USD。</translation>
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation>“{tz}”不是已知的时区（请使用 Asia/Jakarta 或 UTC 这样的名称）。</translation>
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation>按日期、账号、状态或文字筛选直播列表（{key}）</translation>
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation>筛选 ({shown}/{total})</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation>筛选直播列表</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O):</translation>
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation>标题、主播、账号或直播 ID</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation>仅限在此日期当天或之后开始的直播</translation>
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation>仅限在此日期当天或之前开始的直播</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Live and ended</source>
        <translation>直播中和已结束</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation>重新显示所有直播</translation>
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation>已列出 {shown} / {total} 场直播</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation>● 正在直播 · {title} · 开始于 {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation>账号和数据源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation>整个窗口的语言；数字、金额和日期的格式也随之改变</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation>屏幕刷新(&amp;R):</translation>
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation>每秒一次（CPU 占用最低）</translation>
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation>
            <numerusform>每秒 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation>直播进行时，图表和卡片重绘变化内容的频率。无论如何选择，实时数据都是每秒到达一次。</translation>
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation>报告时区(&amp;Z):</translation>
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation>各账号自己的时区</translation>
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation>概览按此时区划分日期；输入即可搜索</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation>使用默认值(&amp;F)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation>无法在此窗口中设置数据源。</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation>“{text}”不是时区；请从列表中选择一个，例如 Asia/Jakarta</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation>LiveDesk 将从下次启动起使用此文件夹。您的数据仍保存在 {old} 中：如需保留，请将 livedesk.sqlite3 和 appeals 文件夹复制过来。</translation>
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation>您直播的缓存（livedesk.sqlite3）和申诉证据保存在这里。</translation>
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
        <translation>曝光次数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation>所有渠道的{measure}：{total}</translation>
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation>{measure}：{value} / {total}
精确占比：{exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>GMV %</source>
        <translation>GMV %</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>曝光 %</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>观看 %</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>流量来源</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>GMV 占比</translation>
    </message>
    <message>
        <source>Share of impressions</source>
        <translation>曝光占比</translation>
    </message>
    <message>
        <source>Share of views</source>
        <translation>观看占比</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单数</translation>
    </message>
    <message>
        <source>Avg. price</source>
        <translation>均价</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation>TikTok LIVE（非官方）</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation>本机上没有可用的系统密钥环。</translation>
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation>LiveDesk 只将应用密钥、令牌和密码保存在系统密钥环中（Windows 凭据管理器、macOS 钥匙串、Secret Service 或 KWallet），绝不写入文件；因此没有密钥环时，关闭 LiveDesk 后将无法保留这些信息。</translation>
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation>仅在本次运行中保留密钥（下次需重新输入）</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation>已保存。密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation>已保存。密钥仅在本次运行期间保存在内存中。</translation>
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation>&lt;b&gt;非官方。&lt;/b&gt;TikTok LIVE 直播间事件（观众、评论、点赞、礼物、关注、分享和商品置顶，实时获取）通过第三方 TikTokLive 库接收，该库在未经 TikTok 许可的情况下读取 TikTok 的直播连接。它需要可选扩展（&lt;code&gt;{hint}&lt;/code&gt;）以及互联网上的第三方签名服务器（Euler Stream），并且可能随 TikTok 的变更随时失效。官方数据（GMV、订单、商品）来自 TikTok Shop 页面。</translation>
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation>不可用：未安装 TikTokLive 库。请使用 {hint} 安装可选扩展（在源码检出中可使用 `uv sync --extra tiktok`），然后重启 LiveDesk。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Sign server API key</source>
        <translation>签名服务器 API 密钥</translation>
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation>@创作者，或直播地址</translation>
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation>可选：Euler Stream 密钥可提高签名服务器的限额</translation>
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation>在 LiveDesk 运行时接收此直播间的事件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation>创作者开播时 LiveDesk 会自动连接，未开播时每分钟检查一次。签名服务器会限制发起连接的次数：达到限额时，LiveDesk 会自动等待并重试（状态中会显示等待时长）；Euler Stream API 密钥可提高限额。该直播间的直播与 TikTok Shop 中的同一场直播会合并显示为一场直播。</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation>请输入创作者的 @用户名。</translation>
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation>停止接收该 TikTok LIVE 直播间的事件并清除其设置？</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>应用标识</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Authorize with</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <source>Token host</source>
        <translation>令牌主机</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>an authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation>访问令牌和刷新令牌</translation>
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation>例如 myshop（字母、数字、_ . -）</translation>
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation>见合作伙伴中心 → 应用与服务 → 您的应用</translation>
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation>卖家授权链接返回的授权码（仅可使用一次）</translation>
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation>可选：卖家授权了多个店铺时，填写店铺名称或 ID</translation>
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation>在 LiveDesk 运行时同步此账号</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation>兑换授权码或刷新令牌，并查找店铺</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation>&lt;b&gt;如何连接店铺：&lt;/b&gt;在 TikTok Shop 合作伙伴中心创建一个具有 Shop Analytics（店铺分析）权限范围的应用，并复制其应用标识和应用密钥。卖家打开该应用的授权链接后，将返回的授权码粘贴到此处（仅可使用一次，有效期约 30 分钟），然后点击“保存”：LiveDesk 会用它换取令牌、找到店铺，并自动保持令牌有效。地区决定店铺的时区和币种。直播数据随 TikTok 发布而到达：当天的数据几分钟内到达，单场直播的详细数据在一两天后到达。</translation>
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation>已保存在密钥环中 — 留空则保持不变</translation>
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation>已为本次运行保留 — 留空则保持不变</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>未运行：已关闭</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>店铺：{shop}</translation>
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation>移除 TikTok Shop 账号“{name}”，并从密钥环中删除其密钥？</translation>
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation>账号名称可使用字母、数字、“_”、“.”和“-”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation>已存在名为“{name}”的账号。</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>请输入应用标识。</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>请输入应用密钥。</translation>
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation>请输入授权码，或访问令牌和刷新令牌。</translation>
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation>已连接：店铺“{shop}”（{region}）。</translation>
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation>其他已授权店铺：{names}。</translation>
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation>请保存以保留新令牌。</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>连接失败：{reason}</translation>
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation>流量来源占比</translation>
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation>已取整，使每列合计为 100%；悬停可查看精确值。</translation>
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation>占比采用最大余数法取整，因此每列取整后的值合计恰好为 100%。</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation>此直播暂无流量来源数据。渠道占比来自 TikTok Shop API（官方账号和营销账号）或 LiveDesk 数据包。</translation>
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation>此直播的流量来源</translation>
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation>此直播的视频引流</translation>
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>此直播暂无流量来源数据。
渠道细分数据来自 TikTok Shop API（官方账号和营销账号）或 LiveDesk 数据包。</translation>
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation>最多勾选 {n} 个渠道（点击复选框或按空格键），即可在图表上比较。无论如何排序，合计行始终位于最后。</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>渠道对比</translation>
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation>图表指标(&amp;M):</translation>
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation>图表为每个勾选的渠道按分钟绘制的内容</translation>
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation>在表格中最多勾选 {n} 个渠道（空格键切换所选行）。数值按分钟计，虚线末端表示尚未结束的分钟；点击图表即可将回放跳转到该时刻。</translation>
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation>视频为直播引流</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>排序依据(&amp;R):</translation>
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation>按视频带来的流量或销售额排序</translation>
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation>此直播暂无视频引流数据。
为直播带来观众的短视频数据来自 TikTok Shop API 或 LiveDesk 数据包。</translation>
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation>此直播暂无分渠道趋势。
渠道时间序列来自 TikTok Shop API（官方账号和营销账号）或 LiveDesk 数据包。</translation>
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation>未勾选渠道。
在上方表格中最多勾选 {n} 个渠道，即可比较其趋势。</translation>
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation>未勾选“{channel}”：图表最多比较 {n} 个渠道。请先取消勾选一个。</translation>
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation>没有未被充分利用的渠道：在曝光占比低于中位数的渠道中，没有一个的进房率或转化率达到本场直播平均值的 {ratio} 以上。</translation>
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation>进房率达到平均值的 {ratio}（进房率 {rate}，平均 {average}）</translation>
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation>点击到订单的转化率达到平均值的 {ratio}（CTOR {rate}，平均 {average}）</translation>
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation>观看到订单的转化率达到平均值的 {ratio}（下单率 {rate}，平均 {average}）</translation>
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation>未被充分利用的渠道：{channel} {what}，但只带来了 {share} 的曝光（渠道中位数：{median}）— 值得通过它引入更多流量。</translation>
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation>所有渠道：{value}</translation>
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation>{value} / {total}
精确占比：{exact}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Impr. %</source>
        <translation>曝光 %</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Views %</source>
        <translation>观看 %</translation>
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
        <translation>进房率</translation>
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
        <translation>下单率</translation>
    </message>
    <message>
        <source>Watch GPM</source>
        <translation>观看 GPM</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单数</translation>
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation>流量来源；最多勾选 5 个渠道，即可在图表上比较其趋势</translation>
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation>付费（广告、推广）或自然流量</translation>
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation>曝光次数：直播通过此渠道被展示的次数</translation>
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation>占直播曝光次数的比例</translation>
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation>进入直播间的次数（重复进入也计数）</translation>
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation>占直播观看次数的比例</translation>
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation>归属于此渠道的已支付订单金额</translation>
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation>占直播 GMV 的比例</translation>
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation>进房率 (ERR)：观看次数 ÷ 曝光次数</translation>
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation>直播 CTR：商品点击次数 ÷ 观看次数</translation>
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation>点击成交率：SKU 订单数 ÷ 商品点击次数</translation>
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation>下单率：SKU 订单数 ÷ 观看次数</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>每 1,000 次观看的 GMV</translation>
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation>商品点击次数：打开商品详情页的点击</translation>
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation>SKU 级订单行</translation>
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation>勾选以在图表上比较此渠道（最多 {n} 个渠道）</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation>商品置顶</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限时秒杀</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>LIVE ended</source>
        <translation>直播结束</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation>左轴(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation>右轴(&amp;R):</translation>
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation>点击标记或曲线上的点，即可将回放跳转到该时刻。拖动图表下方条带中的选框或其边缘，可自定义时间范围。累加型指标按最近一分钟的值显示。</translation>
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation>整场直播：拖动选框或其边缘以选择显示的范围</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>标记:</translation>
    </message>
    <message>
        <source>Product pin</source>
        <translation>商品置顶</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation>促销 / 抽奖</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation>显示或隐藏“{kind}”标记</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation>在当前时刻添加备注 (M)：若移动过回放位置则为该位置，否则为最新数据的时刻</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>正在导出趋势数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation>自定义：{start} – {end}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation>{clock} 处的备注（直播时钟）:</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>无法保存备注：{error}</translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation>打开一场直播以导出其趋势数据</translation>
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation>直播结束后即可导出（其数据仍在陆续到达）。</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>导出正在进行</translation>
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation>将此直播的趋势数据导出为表格：每分钟一行，包含所有指标和事件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export trend data</source>
        <translation>导出趋势数据</translation>
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation>无法开始导出：另一项导出正在进行。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation>拆分合并的数据源</translation>
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation>LiveDesk 会将多个数据源看到的同一场直播显示为一场直播：优先按平台的直播 ID 匹配，否则按创作者和时间匹配。如果某个数据源被误合并到此直播中，请将其拆分：它的数据、评论、事件和商品将移至一场单独的直播，LiveDesk 也不会再将两者合并。</translation>
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation>直播：{title}（开始于 {start}）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>LIVE id</source>
        <translation>直播 ID</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation>正在读取合并的数据源…</translation>
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation>此直播没有合并其他数据源：无需拆分。</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation>让所选数据源的直播在直播列表中重新单独列出</translation>
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation>相同的直播 ID</translation>
    </message>
    <message>
        <source>the same creator and time</source>
        <translation>相同的创作者和时间</translation>
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation>将 {source}（{account}，直播 {live}）从此直播中拆分出来？

它提供的所有数据都将移至一场单独的直播，LiveDesk 也不会再将两者合并。</translation>
    </message>
    <message>
        <source>Separating…</source>
        <translation>正在拆分…</translation>
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation>已拆分：{source} 直播 {live} 现已成为一场单独的直播（已移动 {rows} 行）。</translation>
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation>无法拆分：{reason}</translation>
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation>拆分合并的数据源(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation>撤销错误的合并：将被合并到当前直播中的某个数据源的直播拆分为一场单独的直播</translation>
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation>请先打开一场直播：将从该直播中拆分出其合并的数据源。</translation>
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation>无法拆分合并的数据源。</translation>
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation>{source} 直播 {live} 已从此直播中拆分出来。</translation>
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation>此数据源未提供</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Impr.</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation>按“排序依据”中所选的数值排名</translation>
    </message>
    <message>
        <source>The short video's title</source>
        <translation>短视频的标题</translation>
    </message>
    <message>
        <source>When the video was posted</source>
        <translation>视频的发布时间</translation>
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation>曝光次数：通过此视频带来的直播曝光次数</translation>
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation>通过此视频进入直播间的次数</translation>
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation>归属于从此视频进入的观众的 GMV</translation>
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
        <translation>严重程度：高</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>严重程度：中</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>严重程度：低</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>处罚结果：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>建议做法：</translation>
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation>申诉：{status}（{when}）{note}</translation>
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation>申诉：{status}</translation>
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation>▶ 播放片段</translation>
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation>在回放中播放此时刻，前后各 {s} 秒</translation>
    </message>
    <message>
        <source>Go to moment</source>
        <translation>跳转到该时刻</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation>继续申诉…</translation>
    </message>
    <message>
        <source>View appeal…</source>
        <translation>查看申诉…</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation>未申诉</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation>直播内时间</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation>尚未连接：保存设置后即可启动此数据源</translation>
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation>未运行：已关闭</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation>没有可用的系统密钥环：请勾选上方的“仅在本次运行中保留密钥”，或安装密钥环，以保存密码和令牌。</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation>无法加载 {lang} 的翻译。</translation>
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation>无法关联视频：{error}</translation>
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation>已关联视频：{name}</translation>
    </message>
</context>
</TS>