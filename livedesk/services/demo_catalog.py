"""Static content of the demo shop: products, channels, titles, comment phrases, policies, audiences."""

from __future__ import annotations

from dataclasses import dataclass

from livedesk.models.records import Channel

PLATFORM = "tiktok"
HANDLE = "@glowup.demo"
DISPLAY_NAME = "GlowUp Beauty (demo)"
REGION = "US"
TIMEZONE = "America/Los_Angeles"
CURRENCY = "USD"
MARKET = "US/beauty"


@dataclass(frozen=True, slots=True)
class DemoProduct:
    """A product of the demo shop; ``appeal`` scales its click and order rates."""

    external_id: str
    name: str
    short: str
    sku: str
    price: int
    appeal: float


_PRODUCTS = (
    ("Vitamin C Glow Serum 30 ml", "glow serum", "GU-SER-VC30", 2499, 1.35),
    ("Hyaluronic Water Cream 50 ml", "water cream", "GU-CRM-HA50", 2900, 1.1),
    ("Niacinamide 10% Pore Serum", "pore serum", "GU-SER-NI10", 1499, 1.25),
    ("Ceramide Barrier Moisturizer", "barrier cream", "GU-CRM-CER", 2250, 0.95),
    ("SPF 50 Invisible Sunscreen", "sunscreen", "GU-SPF-50", 1899, 1.2),
    ("Retinol Night Oil 15 ml", "retinol oil", "GU-OIL-RET15", 3400, 0.8),
    ("Snail Mucin Essence 100 ml", "snail essence", "GU-ESS-SN100", 2100, 1.0),
    ("Glass Skin Toner Pads (60)", "toner pads", "GU-TNR-PAD60", 1699, 1.05),
    ("Lip Oil Trio", "lip oil", "GU-LIP-OIL3", 1999, 1.4),
    ("Velvet Matte Lip Kit", "lip kit", "GU-LIP-VMK", 2400, 0.9),
    ("Dewy Cushion Foundation", "cushion", "GU-FND-CSH", 3200, 0.85),
    ("Brow Lamination Kit", "brow kit", "GU-BRW-LAM", 2799, 0.75),
    ("Tubing Mascara Black", "mascara", "GU-MSC-TUB", 1500, 1.15),
    ("Blush Stick Peach", "blush stick", "GU-BLS-PCH", 1750, 1.0),
    ("Long Wear Setting Spray", "setting spray", "GU-SPR-LW", 1399, 0.9),
    ("Jade Gua Sha Set", "gua sha", "GU-TL-GUA", 1900, 0.7),
    ("LED Face Mask Mini", "LED mask", "GU-DEV-LED", 5999, 0.55),
    ("Heatless Curl Ribbon", "curl ribbon", "GU-HR-CURL", 1299, 1.1),
    ("Scalp Scrub Shampoo", "scalp scrub", "GU-HR-SCRB", 1600, 0.8),
    ("Argan Hair Oil 100 ml", "hair oil", "GU-HR-ARG", 2399, 0.85),
    ("Cuticle Oil Pen", "cuticle pen", "GU-NL-CUT", 899, 0.95),
    ("Press-On Nails Nude Set", "press-ons", "GU-NL-NUDE", 1199, 1.05),
    ("Body Glow Shimmer Oil", "shimmer oil", "GU-BD-GLOW", 2600, 0.9),
    ("Travel Makeup Bag", "makeup bag", "GU-ACC-BAG", 1450, 0.65),
)

PRODUCTS: tuple[DemoProduct, ...] = tuple(
    DemoProduct(f"172948100000{i + 1:07d}", name, short, sku, price, appeal)
    for i, (name, short, sku, price, appeal) in enumerate(_PRODUCTS)
)


@dataclass(frozen=True, slots=True)
class DemoChannel:
    """A traffic channel: base share of impressions, relative tap-through and conversion."""

    raw: str
    channel: Channel
    paid: bool
    weight: float
    err: float
    conv: float


CHANNELS: tuple[DemoChannel, ...] = (
    DemoChannel("For You feed", Channel.FOR_YOU, False, 0.44, 1.0, 0.85),
    DemoChannel("Following", Channel.FOLLOWING, False, 0.08, 2.2, 1.6),
    DemoChannel("LIVE feed", Channel.LIVE_FEED, False, 0.16, 0.9, 0.8),
    DemoChannel("Search", Channel.SEARCH, False, 0.05, 1.6, 1.5),
    DemoChannel("Profile", Channel.PROFILE, False, 0.04, 2.0, 1.3),
    DemoChannel("Short video", Channel.SHORT_VIDEO, False, 0.12, 1.3, 1.1),
    DemoChannel("Shop tab", Channel.SHOP, False, 0.06, 0.8, 1.7),
    DemoChannel("LIVE ads", Channel.PAID, True, 0.2, 0.9, 1.0),
)
PAID_INDEX = 7
RECOMMENDED = (0, 2)  # channels throttled while traffic is restricted after a violation

TITLES = (
    "Glow Up Night: skincare that actually works",
    "Serum Sunday - restock + live demos",
    "Get ready with me: 5-minute glass skin",
    "Flash deals on lip oils all night",
    "Sunscreen truth: testing SPF on camera",
    "Q&A: your acne questions answered live",
    "New drop! Body glow + hair care haul",
    "Budget beauty under $20 - live picks",
    "Night routine reset with Mia",
    "Makeup that survives a 12-hour shift",
    "Dupes vs. the real thing: live swatches",
    "Nail night: press-ons and cuticle care",
)
HOSTS = ("Mia Chen", "Mia Chen", "Mia Chen", "Mia Chen & Jordan Reyes", "Jordan Reyes")
LIVE_TITLE = "Glow Up Night - giveaways + flash deals"

VIDEO_TITLES = (
    "POV: your serum finally works",
    "3 mistakes ruining your sunscreen",
    "Glass skin in 60 seconds",
    "Lip oil swatches on 5 skin tones",
    "I tried heatless curls for a week",
    "Dewy vs matte - which lasts longer?",
    "What's in my makeup bag (2 min)",
    "Gua sha before/after, no filter",
    "Pore serum 14-day results",
    "Replying to comments: retinol for beginners",
)

GIVEAWAY_TITLES = ("Giveaway: 3 full-size serums", "Follow + comment giveaway", "Mystery beauty box giveaway")
FLASH_TITLES = ("Flash sale: {name} -{pct}%", "10-minute deal: {name} -{pct}%")


@dataclass(frozen=True, slots=True)
class Policy:
    """A content policy the demo LIVEs can break."""

    policy: str
    reason: str
    severity: str
    minutes: int
    recommendation: str

    @property
    def consequence(self) -> str:
        """What the platform did about it."""
        return f"Traffic restricted for {self.minutes} minutes"


POLICIES = (
    Policy("Misleading claims", "The host said the serum \"cures acne in three days\".", "medium", 10,
           "Describe results as personal experience and avoid medical or guaranteed-result claims."),
    Policy("Prohibited products", "A skin-whitening cream not approved for the shop was shown on camera.",
           "high", 15, "Keep only approved products on set and in the showcase; check the category rules."),
    Policy("Off-platform traffic", "Viewers were asked to buy through a link in bio instead of TikTok Shop.",
           "medium", 10, "Send viewers to the pinned product; do not mention outside links or other shops."),
    Policy("Minor safety", "A person who appears to be under 18 was on camera without an adult host.", "high",
           15, "Make sure everyone on camera is an adult, or that a guardian hosts and stays in frame."),
    Policy("Dangerous activities", "A hot curling tool was used close to the face without a warning.", "low", 5,
           "Show tools safely, keep heat away from the eyes and say the safety instructions aloud."),
    Policy("Unoriginal content", "A pre-recorded clip played for several minutes during the LIVE.", "medium", 10,
           "Stay live on camera; short product clips are fine but keep them under a minute."),
)

# Comment phrases per language; "{p}" is replaced with the product being talked about.
COMMENTS: dict[str, tuple[str, ...]] = {
    "en": ("how much is the {p}?", "does the {p} work on oily skin?", "just ordered!!", "love this color 😍",
           "is it cruelty free?", "can you show the {p} again?", "hi from Texas 👋", "my {p} arrived today",
           "shipping to Canada?", "this is my 3rd time buying the {p}", "what shade are you wearing?",
           "first time here", "the glow is unreal", "add to cart done ✅", "does it sting?",
           "restock the {p} please", "wow the texture", "is there a bundle deal?"),
    "es": ("¿cuánto cuesta el {p}?", "me encanta 😍", "¿sirve para piel grasa?", "ya lo compré!",
           "saludos desde México", "¿envían a Puerto Rico?", "qué bonito color", "muéstralo otra vez porfa"),
    "pt": ("quanto custa o {p}?", "amei essa cor", "já comprei!", "oi do Brasil 🇧🇷", "serve pra pele oleosa?",
           "mostra de novo por favor"),
    "id": ("harganya berapa kak?", "bagus banget 😍", "sudah checkout kak", "halo dari Jakarta",
           "cocok untuk kulit berminyak?", "spill {p} lagi dong"),
    "vi": ("giá {p} bao nhiêu vậy?", "đẹp quá chị ơi", "em đặt rồi nha", "có ship về Việt Nam không?",
           "da dầu dùng được không ạ?"),
    "th": ("ราคาเท่าไหร่คะ", "สวยมากค่ะ", "สั่งแล้วค่ะ", "ส่งไทยไหมคะ", "ใช้กับผิวมันได้ไหม"),
}
GIVEAWAY_COMMENTS: dict[str, tuple[str, ...]] = {
    "en": ("me! 🎁", "pick me pls", "joined the giveaway!", "🎁🎁🎁", "followed + commented ✅"),
    "es": ("¡yo! 🎁", "escógeme porfa", "participando 🙏"),
    "pt": ("eu! 🎁", "participando!"),
    "id": ("aku kak 🎁", "ikut giveaway kak"),
    "vi": ("em nữa 🎁", "tham gia ạ"),
    "th": ("เอาค่ะ 🎁", "ร่วมสนุกค่ะ"),
}
LANG_SHARES: dict[str, float] = {"en": 0.58, "es": 0.14, "pt": 0.07, "id": 0.08, "vi": 0.07, "th": 0.06}
USER_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("mia", "ava", "chloe", "jess", "kayla", "brooke", "tay", "sam", "lexi", "jordan", "nina", "emma"),
           ("glow", "beauty", "skin", "xo", "makeup", "daily", "vibes", "loves")),
    "es": (("carla", "sofia", "valeria", "lucia", "dani", "mariana", "ximena"), ("bella", "belleza", "linda")),
    "pt": (("ana", "bia", "julia", "lari", "duda"), ("paula", "makes", "beleza")),
    "id": (("putri", "ayu", "dewi", "sari", "nisa"), ("cantik", "skincare", "ayu")),
    "vi": (("linh", "trang", "ngoc", "thao", "mai"), ("nguyen", "tran", "le")),
    "th": (("ploy", "fah", "mint", "ploypailin", "nong"), ("beauty", "sweet", "th")),
}

AUDIENCE_BASE: dict[str, dict[str, float]] = {
    "gender": {"female": 0.74, "male": 0.22, "unknown": 0.04},
    "age": {"18-24": 0.31, "25-34": 0.36, "35-44": 0.18, "45-54": 0.09, "55+": 0.06},
    "region": {"California": 0.16, "Texas": 0.12, "Florida": 0.09, "New York": 0.08, "Illinois": 0.05,
               "Georgia": 0.05, "Pennsylvania": 0.04, "Ohio": 0.04, "Arizona": 0.04, "Washington": 0.03,
               "Other": 0.30},
    "country": {"United States": 0.86, "Canada": 0.04, "Mexico": 0.03, "United Kingdom": 0.02,
                "Philippines": 0.02, "Other": 0.03},
}
# Customers skew more female and older than viewers.
CUSTOMER_TILT: dict[str, dict[str, float]] = {
    "gender": {"female": 1.12, "male": 0.6, "unknown": 0.7},
    "age": {"18-24": 0.7, "25-34": 1.1, "35-44": 1.3, "45-54": 1.25, "55+": 1.0},
    "region": {},
    "country": {"United States": 1.05, "Other": 0.5},
}

# Market averages (14-day window) for the benchmark panel, in catalogue units: per-LIVE totals for additive
# metrics, fractions for rates, minor units for money, seconds for durations. The demo shop is ahead of the
# market on traffic and engagement and behind it on product click-through and conversion.
BENCHMARK_BASE: dict[str, float] = {
    "gmv": 2_450_000.0,
    "views": 64_000.0,
    "viewers": 41_000.0,
    "impressions": 610_000.0,
    "customers": 860.0,
    "sku_orders": 1_020.0,
    "items_sold": 1_210.0,
    "product_impressions": 105_000.0,
    "product_clicks": 13_500.0,
    "comments": 4_200.0,
    "new_followers": 560.0,
    "pcu": 1_100.0,
    "acu": 590.0,
    "tap_through_rate": 0.098,
    "live_ctr": 0.165,
    "product_ctr": 0.138,
    "ctor_sku": 0.104,
    "conversion_rate": 0.0205,
    "watch_gpm": 30_500.0,
    "show_gpm": 3_050.0,
    "avg_view_duration": 74.0,
    "follow_rate": 0.0115,
    "comment_rate": 0.082,
    "like_rate": 0.41,
    "avg_price": 2_650.0,
}
