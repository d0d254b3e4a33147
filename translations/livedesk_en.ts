<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllViolationsList</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy, reason, LIVE or account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pol&amp;icy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appea&amp;l:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a violation (or press Enter) to open its LIVE at that moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No violations in the cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{shown} of {total} violations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal — {policy}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your appeal (what happened, why the content is compliant):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain why the violation should be lifted…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the appeal, its violation, history and evidence as a .zip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. Export it, file it with the platform, then record the decision here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the violation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} — saved {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} — not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No steps yet: the first draft is saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images, videos and documents (*.png *.jpg *.jpeg *.mp4 *.mov *.pdf *.txt *.docx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded by the user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachVideoDialog</name>
    <message>
        <source>Attach a video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded replay. Then say when the video starts in the LIVE, or line up a moment you recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A video file, or a URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line up a moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One second back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One second forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;frame is LIVE time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The LIVE clock at the frame shown (time since the LIVE started)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Line up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute when the video starts from this frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The video starts at LIVE &amp;time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>±h:mm:ss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negative when the recording began before the LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a video file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type when the video starts as ±h:mm:ss, e.g. -0:00:05.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the LIVE's video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The video cannot be shown: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a video to see its frames here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the video…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be played: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), type that time below and press Line up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording began {d} before the LIVE (at {when}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording began {d} into the LIVE (at {when}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording began with the LIVE (at {when}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AudienceProfile</name>
    <message>
        <source>Audience profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewer profile: everyone who watched this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer profile: everyone who bought in this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BenchmarkPopup</name>
    <message>
        <source>Your LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>market average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your 14-day average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your own 14-day average (no market average is available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{metric}: your LIVEs of the last 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with the {ref}: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with {ref}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier LIVEs in the last 14 days to compare with.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>For You feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE ads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompactTrend</name>
    <message>
        <source>Trend: {metric}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in Performance trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic express</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{state} · last sync {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the rate limit ({s} s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrying in {s} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentQualityTab</name>
    <message>
        <source>This LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a LIVE to see its violations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No violations were recorded for this LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a LiveDesk bundle. The All LIVEs view lists those of every cached LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 violation in this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} violations in this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a clip to see exactly what was flagged; appeal while the decision can still be changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversionTable</name>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product clicks: taps that opened the product page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paying buyers, counted per LIVE and summed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click-to-order rate: orders ÷ product clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs in the range that showed the product</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Install or unlock an OS keyring (Windows Credential Manager, macOS Keychain, or the Secret Service / KWallet on Linux) to keep them between runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keyring backend is the null keyring, which stores nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no OS keyring backend is available on this system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading failed ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing failed ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keyring did not keep what was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}). Secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No working OS keyring: {reason} ({backend}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomizeMetricsDialog</name>
    <message>
        <source>Customize core data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose up to {n} metrics. Traffic express metrics most affect how much organic traffic the LIVE gets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search metrics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic express</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can show at most {n} metrics. Untick one to make room for “{label}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of {max} chosen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export “{title}” ({when}, {length}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk bundle, &amp;zip file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything LiveDesk knows about this LIVE in one file, to archive it or share it. Another LiveDesk opens it with File → Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk bundle, &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same as a folder of CSV and JSON files, for other tools.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend table, &amp;CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per minute: every metric and the events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend table, &amp;Excel (XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same table as an Excel workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the replay &amp;video in the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies {file} into the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This LIVE has no replay video on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a file; a folder bundle needs a new folder's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the bundle folder in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk bundles (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a LIVE first: Export LIVE writes the LIVE on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{title}” is still running: export it once it has ended (its data is still arriving).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, with the replay video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the bundle to {path}: {rows} rows in {tables} tables{video}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the trend table to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The LIVE could not be exported. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowerPanel</name>
    <message>
        <source>Followers vs non-followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average price: GMV ÷ main orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{segment}: exact share {exact}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h}h {m}m</source>
        <comment>a duration of hours and minutes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{m}m{s}s</source>
        <comment>a duration of minutes and seconds</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{s}s</source>
        <comment>a duration of seconds</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Stream health comes from OBS (Settings → Sources → OBS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output bitrate over the last poll. Green from {good} kbps, amber from {warn} kbps, red below or while OBS reconnects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames dropped by the network since the stream started. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How congested OBS's output is. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OBS's CPU usage. Green below {warn}, amber below {bad}, red from {bad}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitrate: reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitrate {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bitrate {value} kbps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped frames {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Congestion {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OBS CPU {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HintsView</name>
    <message>
        <source>Hints appear here once the range's data has been read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed from the range's totals against the market average (or your own average of the 30 days before). Each hint names the figures it is based on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are close to or above their references, and sales are spread over several products.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only files and folders on this computer can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk cannot import this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing {name}…
{what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} could not be imported. Nothing of it was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyMetricsTab</name>
    <message>
        <source>Core data · live, updated every second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core data · whole LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customize…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose up to 16 metrics to show as cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source ({source})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only shown while the LIVE runs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LiveDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Performance trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Traffic sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Content quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;LIVE:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a LIVE: the one running now or a past one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the user manual (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle full screen (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a LiveDesk bundle (folder or .zip) or a Seller Center export (.xlsx, .csv); you can also drop them on the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export LIVE…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the LIVE shown as a LiveDesk bundle or a trend table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach video…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a recording (OBS, a downloaded replay) as the replay of the LIVE shown, lined up with its clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect TikTok Shop accounts, a TikTok LIVE room and OBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language, theme, screen refresh, reporting time zone and data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} (hidden by the filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Retrying in {s} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE {clock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended · {clock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a LIVE first: the video is attached to the LIVE shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop to import {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the tab “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the list of LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay: back or forward 5 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance trends: add a note at the replay's moment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>LiveDesk user manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay and comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting your accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk shows the figures of your LIVE-commerce streams: in real time while you are live, and in detail afterwards, with the replay video linked to every chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a LIVE in the list at the top ({keys}): the LIVE running now is marked &lt;b&gt;● LIVE now&lt;/b&gt;, past LIVEs follow, newest first. The filter button next to it ({filter}) narrows the list by text, dates, account and status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On first start LiveDesk runs a built-in demo: a simulated LIVE running now and 14 days of past LIVEs, so that every screen can be explored before you connect an account. Its replay video shows the LIVE clock in every frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No source gives every figure. A value the source did not provide is shown as —, never as 0; a panel without data says which source would fill it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The core data cards show up to 16 metrics of your choice (&lt;b&gt;Customize…&lt;/b&gt;). During a LIVE they update every second; after it they show the whole LIVE, each metric aggregated its own way: a rate is always the ratio of the totals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each card compares with your previous LIVE and with the market average (or your own 14-day average where no market average is known). The three worst metrics are framed in red; after the LIVE, hover one or focus it with Tab to see it across your LIVEs of the last 14 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below the cards: one metric's trend (the ✎ button chooses it), the traffic-source shares, followers against non-followers, the product list (click a product to jump the replay to its pin) and the audience profile of viewers or customers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two metrics on one chart, one per axis, with a read-out of both under the pointer. Markers show product pins, violations, promotions and your notes; the legend hides or shows each kind. Click a marker or a point to jump the replay to that moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole LIVE, Last 30 min and Last 5 min choose the range; drag the band under the chart for any other. &lt;b&gt;Add note&lt;/b&gt; (or M) keeps a note at the replay's moment. &lt;b&gt;Export&lt;/b&gt; writes the trend table as CSV or Excel once the LIVE has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your viewers came from: each channel with its impressions, views and GMV and their shares, tap-through rate, CTR, CTOR, order rate and watch GPM. The Total row stays last however you sort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick up to five channels to compare their trends on the chart. The line under the table names the channel that converts well but gets little traffic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every violation found in the LIVE, with its policy, reason, consequence and recommendations. &lt;b&gt;Play clip&lt;/b&gt; plays the moment with a few seconds either side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Appeal…&lt;/b&gt; opens the appeal: write your reason and attach evidence; drafts are saved as you type. The list of all LIVEs finds violations across your LIVEs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals across your LIVEs for a range of days, counted in the reporting time zone, each against the previous period of the same length; today is marked as incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below: GMV, views or LIVEs per day, one row per LIVE (Enter opens it), product conversion, the metric reference and hints computed from your figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay panel plays the LIVE's video. Space plays or pauses, ← and → jump 5 seconds. The clock under the video is the LIVE clock. Click a comment to jump to the moment it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Playback uses VLC; without VLC the panel says how to install it and everything else keeps working. &lt;b&gt;File → Attach video…&lt;/b&gt; lines a recording of your own up with the LIVE clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;File → Import…&lt;/b&gt; (Ctrl+O) reads a LiveDesk bundle or a Seller Center export (.xlsx, .csv); you can also drop files on the window. An import is all or nothing: a file with an error names the row and column and changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;File → Export LIVE…&lt;/b&gt; (Ctrl+E) writes the LIVE shown as a bundle, with or without its video, or as a trend table, for review on another computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Settings → Sources…&lt;/b&gt; connects a TikTok Shop account (official API), a TikTok LIVE room (unofficial) and OBS. &lt;b&gt;Test connection&lt;/b&gt; checks a page before you save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets (app secrets, tokens, passwords) are kept only in your system's keyring. Where no keyring works, LiveDesk says so and can keep them for this run only; they are never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dots in the status bar show each source's state: connected, syncing, waiting for a rate limit, or failed with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Settings → Preferences…&lt;/b&gt; (Ctrl+,) sets the language, the theme (same as the system, light or dark), how often the screen redraws while live, the reporting time zone of the Overview and the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The window's size, full screen, panel layout and the tab shown are kept when you close LiveDesk and restored on the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every action can be reached from the keyboard. Tab moves between controls; the underlined letters work with Alt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every metric LiveDesk knows, with how it is computed and how to use it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seller Center export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TikTok Shop API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vs previous LIVE: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{arrow} {pct} vs previous LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign}{pct} vs market avg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign}{pct} vs your 14-day avg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricHelp</name>
    <message>
        <source>Gross merchandise value: the value of paid orders attributed to the LIVE, counted at payment time. It includes orders cancelled or refunded later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your headline result. Compare LIVEs of similar length, or use GMV per hour and Watch GPM to compare LIVEs of different length and traffic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units sold: one order of three pieces counts three.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan stock from it; a rise with flat GMV means cheaper items or multi-buy offers are selling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid order lines, one per SKU: a cart with two products is two SKU orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The numerator of CTOR (SKU orders) and the order rate; watch it when you pin a product to see whether the pin sells.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid parent orders: one checkout counts once, whatever it contains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use it for the average order value (Avg. price) and to see how often buyers combine products.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with SKU orders: a large gap means buyers stop at payment (see Payment rate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique paying buyers of the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers ÷ viewers is the conversion rate; more customers at the same GMV means a broader, less risky audience.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times the LIVE was shown to someone: a feed card, a preview or a search result. The reach of the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low impressions: go live at better times, promote the LIVE with short videos or ads. High impressions with few views: see Tap-through rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries into the LIVE room. A viewer who leaves and comes back counts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base of the engagement rates per view, Watch GPM and the order rate. Views far above viewers means people come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique people who entered the LIVE room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base of conversion and the interaction rates. Summed over several LIVEs, one person is counted once per LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People in the room right now (concurrent viewers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch it during the LIVE: pin your best product or start an offer when it peaks; a drop right after a segment tells you it did not hold attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times product cards were shown in the LIVE (pinned card, basket list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Few product impressions for many views: open the basket and pin products more often.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taps that opened a product detail page during the LIVE. Counted per tap: one buyer who taps three times makes three clicks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interest step of the funnel: divide by views (LIVE CTR) or product impressions (Product CTR); orders ÷ clicks is CTOR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times a product was added to a cart from the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Many adds and few orders: buyers hesitate at checkout; remind them of the offer's end, check shipping costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sign of a lively room that TikTok rewards with traffic; ask questions and answer by name to raise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes (taps on the screen); one viewer can like many times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cheap engagement signal; compare the like rate between LIVEs rather than raw totals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares bring new viewers for free: invite them around giveaways and strong offers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followers are the audience of your next LIVEs; a low follow rate means viewers see no reason to come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Virtual gifts sent by viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A loyalty signal from your core fans; thank senders on camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds watched by all viewers together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base of the average viewing durations; it grows with both audience size and retention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views that lasted more than one minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Divide by views to see how many entries turn into real watching; a low share points at the first seconds of your content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower is better for the same result: weigh it against Ads GMV (GMV Max ROI).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with ads cost (ROI) and with total GMV to see how much of your sales you buy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak concurrent viewers: the most people in the room at one time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the LIVE's best moment; find it on the trend chart and repeat what you did then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average concurrent viewers over the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A steadier measure than the peak: a high peak with a low average means traffic came in bursts and left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter room rate (ERR): views ÷ LIVE impressions, the share of people who saw the LIVE and tapped in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below the market: work on the LIVE cover, title and the first seconds people see in the feed preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE click-through rate: product clicks ÷ views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low: pin the product you talk about, show it close to the camera and invite viewers to tap the basket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product click-through rate: product clicks ÷ product impressions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures how tempting the product card is: its picture, title and price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks, the share of product page visits that end in a paid order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low: check the price, vouchers, shipping cost, stock and the product page (photos, reviews).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click-to-order rate by parent orders: main orders ÷ product clicks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read it next to CTOR (SKU orders): the gap shows how often buyers take several products in one checkout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders ÷ views: how many views end in an order line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole room-to-order funnel in one figure; split it into LIVE CTR and CTOR to find the weak step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers ÷ viewers: the share of unique viewers who bought.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The best single measure of how well a LIVE sells to the people it reaches; over several LIVEs it is a ratio of the sums.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares how well LIVEs monetize their audience regardless of its size; TikTok uses it to decide how much traffic a LIVE deserves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers the whole funnel from feed to order; use it to compare traffic channels and paid promotion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average order value: GMV ÷ main orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise it with bundles, multi-buy offers and free shipping thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average viewing duration per unique viewer: total watch time ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short: the content does not hold attention. Open with a hook, demonstrate, answer comments and keep a rhythm of small moments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average viewing duration per view: total watch time ÷ views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorter than the per-viewer figure when people come back several times; compare both to see whether viewers return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement independent of audience size; ask questions that are easy to answer in one word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low: tell viewers what your next LIVE brings and why to follow now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A light engagement signal; like goals ("at 10K likes we reveal...") raise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free reach: ask for shares when the offer is worth telling friends about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low: buyers drop at payment; check payment methods, shipping costs shown late, and remind buyers to complete their order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below your margin's break-even, the ads lose money even when GMV grows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares LIVEs of different length; use it to choose how long to stay live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows how much traffic TikTok gives the LIVE over time; a falling pace late in a LIVE suggests ending earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multiplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ higher is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▼ lower is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic express</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{metric} ÷ hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>highest {metric}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean {metric}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group: {group}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Seller Center exports: {labels}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message>
        <source>Traffic express</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricReferenceView</name>
    <message>
        <source>Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No metric matches the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to use it:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of paid orders attributed to the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units sold during the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid order lines, one per SKU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid parent orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders placed, paid or not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique paying buyers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times the LIVE was shown in a feed card or preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers in the room right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times product cards were shown in the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks that opened a product detail page during the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products added to a cart from the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments posted in the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes (taps) in the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times the LIVE was shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts that followed during the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gifts sent by viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total watch time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds watched by all viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&gt; 1 min. views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views lasting more than one minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend on paid promotion of the LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV attributed to paid promotion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak viewers (PCU)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest number of concurrent viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average viewers (ACU)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean number of concurrent viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap-through rate (ERR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter room rate: views ÷ LIVE impressions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE CTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product clicks ÷ views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product CTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product clicks ÷ product impressions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTOR (SKU orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders ÷ product clicks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTOR (main orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main orders ÷ product clicks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order rate (SKU orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders ÷ views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch GPM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per 1,000 views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show GPM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per 1,000 LIVE impressions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV ÷ main orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean watch time per unique viewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. viewing duration per view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean watch time per view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New followers ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Like rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares ÷ viewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid SKU orders ÷ created SKU orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV Max ROI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads GMV ÷ ads cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV divided by the hours of the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE impressions divided by the hours of the window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObsPage</name>
    <message>
        <source>OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its recordings, which become the LIVE's replay. In OBS open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;b&gt;Enable WebSocket server&lt;/b&gt;; &lt;b&gt;Show Connect Info&lt;/b&gt; gives the port and the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read stream health and recordings while LiveDesk runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording stops, its file becomes that LIVE's replay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty when authentication is off in OBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to OBS at {url}: {stream}, {record}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not streaming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading OBS and forget its settings and password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs on air during the range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours on air within the range, summed over LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of paid orders in the range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries into the LIVE room; revisits count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique viewers, summed over LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers ÷ viewers over the range (ratio of sums)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total watch time ÷ viewers over the range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today: incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range includes today, whose data is still arriving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{change} vs prev.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous period of the same length has no data to compare with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change against the previous period of the same length ({value})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the bars show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hatched bar: today, incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No LIVE data in this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the range's data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today: incomplete, data is still arriving</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewHints</name>
    <message>
        <source>Seen in feeds, but few tap in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers watch, but rarely open products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products are clicked, but rarely bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers leave quickly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales depend on one product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at your LIVE cover and title: show the product and the offer, use a clear face and a short promise. Going live when your followers are active also helps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin the product you are talking about, hold it up to the camera, say the price and invite viewers to tap the basket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check price, vouchers, shipping cost, stock and the product page (photos, reviews). A time-limited offer can tip undecided buyers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on the content: open with a hook, demonstrate instead of listing, answer comments by name and keep a rhythm of small moments (giveaways, reveals).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your GMV relies on one product. Feature other products next to it (bundles, cross-selling) so one stock-out or price change does not stop sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the market average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your average of the 30 days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a usual minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{metric} is {value} against {reference_kind} of {reference} ({figures}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewRange</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Range:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole days in the reporting time zone; the last 7 and 30 days include today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day (included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give start and end to the minute instead of whole days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (included), in the reporting time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End (excluded), in the reporting time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting time zone: day boundaries and times are computed in it. Type to search, e.g. “Jakarta”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion by product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. CTOR = orders ÷ product clicks, summed over the LIVEs in the range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs that started in the range. Double-click or press Enter on a LIVE to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric reference</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Hints (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing {range}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today is incomplete (data until {time})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n LIVE(s) in another currency left out of money totals</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range's data is still being read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the overview (range, time zone, one row per day and the totals) as CSV or Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview could not be exported: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview exported to {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. viewing duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak viewers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinnedProductCard</name>
    <message>
        <source>No product pinned at this moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PINNED PRODUCT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PINNED PRODUCT · since {clock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV {gmv}   Orders {orders}   Clicks {clicks}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No figures for this product from this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to jump to the moment it was pinned ({clock})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductList</name>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned now, since {since} · pins in this LIVE: %n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins in this LIVE: %n
Click to replay from its pin at {since}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No impressions yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clicks yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-to-cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks ÷ impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders ÷ clicks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product is pinned right now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Products pinned in this LIVE: %n</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · orders {orders} · GMV {gmv} · CTR {ctr}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromotionsTable</name>
    <message>
        <source>Giveaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE clock; {length} long, compared with the {length} just before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product is linked to this promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product {id} is not in this LIVE's product list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data for the promotion's window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data for the window before the promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing before the promotion to compare with (0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>During the window: {during}
The same length before it: {before}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change shown: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incremental, as reported by the source: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{during} vs {before} ({change})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The window, or the one before it, is not fully in the data yet: the figures may still change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions and giveaways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions, views and SKU orders during each promotion vs the same-length window just before it (and the change). Click a row to jump the replay to the promotion's start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a manual note.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Don't Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Whole LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 5 min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{speed}×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position in the LIVE: drag or click to jump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click for full screen (Esc leaves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the LIVE: the newest comments and the product pinned now (pauses the replay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap the video for a searchable list of every comment, and back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search comments by text or user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach video…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the recording of this LIVE and line it up with its clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments as they arrive (click one to jump to it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments up to the replay moment (click one to jump to it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{total} comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) to watch it next to the charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay file is missing: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay could not be prepared: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).
Details: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the demo replay video (first use only)…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SellerImportDialog</name>
    <message>
        <source>Import a Seller Center export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account (a TikTok handle such as @myshop), and check the currency and time zone the file is in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>@handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named by the file's money columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected from the money signs in the file ({currency}); change it if it is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file does not say; choose the currency of its money columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's times are read in this time zone (default: the account's, else this computer's, {tz}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns LiveDesk does not know are ignored: {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the account the LIVEs belong to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionFilterButton</name>
    <message>
        <source>Filter the LIVE list by date, account, status or text ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter ({shown}/{total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionFilterPopup</name>
    <message>
        <source>Filter the LIVE list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title, host, account or LIVE id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only LIVEs that started on or after this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only LIVEs that started on or before this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live and ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every LIVE again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{shown} of {total} LIVEs listed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>● LIVE now · {title} · since {when}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accounts and sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the whole window; numbers, money and dates follow it too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen &amp;refresh:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once a second (least CPU)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n times a second</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>How often charts and cards redraw what changed while a LIVE runs. Live data arrives once a second whatever you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each account's own time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone the Overview counts days in; type to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the de&amp;fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data sources cannot be set up in this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a time zone; choose one from the list, e.g. Asia/Jakarta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 and the appeals folder over to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache of your LIVEs (livedesk.sqlite3) and appeal evidence are kept here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shares</name>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure} of all channels: {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{measure}: {value} of {total}
Exact share: {exact}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impr. %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg. price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TikTok LIVE (unofficial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OS keyring is available on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so without one it cannot keep them after you close it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep secrets for this run only (you will enter them again next time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Secrets are in the OS keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this run only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TikTokLivePage</name>
    <message>
        <source>&lt;b&gt;Unofficial.&lt;/b&gt; TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's LIVE connection without TikTok's approval. It needs the optional extra (&lt;code&gt;{hint}&lt;/code&gt;) and a third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok changes. Official figures (GMV, orders, products) come from the TikTok Shop page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available: the TikTokLive library is not installed. Install the optional extra with {hint} (or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign server API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>@creator, or the LIVE's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: an Euler Stream key raises the sign server's limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receive this room's events while LiveDesk runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The sign server limits how many connections are started: when its limit is reached LiveDesk waits and retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's LIVE and the same LIVE from TikTok Shop are shown as one LIVE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the creator's @handle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop receiving the TikTok LIVE room and forget its settings?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TikTokShopPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorize with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an authorization code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>access and refresh tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. myshop (letters, digits, _ . -)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from Partner Center → App &amp; Service → your app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code from the seller's authorization link (single-use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: name or id, when the seller authorized several shops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync this account while LiveDesk runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange the code or refresh the tokens, and look up the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;How to connect a shop:&lt;/b&gt; in TikTok Shop Partner Center, create an app with the Shop Analytics scope and copy its app key and app secret. The seller opens the app's authorization link; paste the code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or two later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored in the keyring — leave empty to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept for this run — leave empty to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the TikTok Shop account “{name}” and delete its secrets from the keyring?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account name may use letters, digits, “_”, “.” and “-” (up to 64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already an account named “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the authorization code, or the access and refresh tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: shop “{shop}” ({region}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other authorized shops: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to keep the new tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficShares</name>
    <message>
        <source>Traffic source shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounded to add up to 100% per column; hover for exact values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares are rounded with the largest-remainder method, so the rounded values of each column add up to exactly 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API (official and marketing accounts) or a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficTab</name>
    <message>
        <source>Traffic sources of this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video traffic to this LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No traffic-source data for this LIVE.
Channel breakdowns come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick up to {n} channels (click the box or press Space) to compare them on the chart. The total row stays last whatever the sort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart &amp;metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the chart draws for each ticked channel, per minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a dotted end is a minute not yet complete; click the chart to jump the replay to that moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video traffic to LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank the videos by the traffic or sales they brought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No video traffic for this LIVE.
The short videos that brought viewers in come from the TikTok Shop API or from a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No per-channel trend for this LIVE.
Channel time series come from the TikTok Shop API (official and marketing accounts) or from a LiveDesk bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel ticked.
Tick up to {n} channels in the table above to compare their trends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No under-used channel: none of the channels with a below-median share of impressions taps through or converts at least {ratio} better than this LIVE's average.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taps through {ratio} better than average (tap-through {rate} vs {average})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>converts clicks to orders {ratio} better than average (CTOR {rate} vs {average})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>converts views to orders {ratio} better than average (order rate {rate} vs {average})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: {median}) — worth sending more traffic through it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrafficTable</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} of {total}
Exact share: {exact}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impr. %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap-through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CTOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch GPM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic source; tick up to 5 channels to compare their trends on the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid (ads, promotion) or organic traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions: times the LIVE was shown through this channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the LIVE's impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries into the LIVE room (revisits count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the LIVE's views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of paid orders attributed to this channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the LIVE's GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap-through rate (ERR, enter room rate): views ÷ impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE CTR: product clicks ÷ views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click-to-order rate: SKU orders ÷ product clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order rate: SKU orders ÷ views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product clicks: clicks that opened a product detail page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU-level order lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick to compare this channel on the chart (up to {n} channels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Product pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giveaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE ended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>&amp;Left axis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Right axis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole LIVE: drag the band or its edges to choose the range shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion / giveaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the “{kind}” markers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a note at the current moment (M): the replay position if you moved it, else the newest data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the trend data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom: {start} – {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note at {clock} (LIVE clock):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a LIVE to export its trend data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export is available once the LIVE has ended (its data is still arriving).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the trend data of this LIVE as a table: one row per minute, every metric and the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export trend data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not start: another export is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Separate merged sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not merge the two again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE: {title} (started {start})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the merged sources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other source is merged into this LIVE: there is nothing to separate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected source's LIVE back its own place in the LIVE list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same LIVE id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same creator and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separate {source} ({account}, LIVE {live}) from this LIVE?

Everything it sent moves to a LIVE of its own, and LiveDesk will not merge the two again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not separate: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnmergeFlow</name>
    <message>
        <source>Se&amp;parate merged sources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo a wrong merge: give a source's LIVE that was merged into the LIVE shown a LIVE of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a LIVE first: its merged sources are separated from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separating merged sources is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{source} LIVE {live} was separated from this LIVE.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoTraffic</name>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not provided by this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank by the figure chosen in “Rank by”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The short video's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the video was posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions: LIVE impressions that came through this video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries into the LIVE room from this video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV attributed to viewers who came from this video</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <source>{start} – {end} · {policy}</source>
        <extracomment>Seconds of context a clip plays before and after the violation window.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consequence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal: {status} ({when}){note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶ Play clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play this moment in the replay, with {s} s before and after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue appeal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View appeal…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Not appealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time in LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Not connected yet: save the settings to start this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running: switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OS keyring is available: tick “Keep secrets for this run only” above, or install a keyring, to store passwords and tokens.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>The translation for {lang} could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The video could not be attached: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video attached: {name}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>