"""Builds ``room_frames.jsonl``: a short recorded TikTok LIVE room made of the library's own proto messages.

Every frame is a TikTokLive event object (a subclass of the TikTokLiveProto ``Webcast*Message``) serialised with
betterproto2's ``bytes(message)``, so replaying it exercises the real ``EVENT_MAPPINGS[method]().parse``.
Regenerate after changing it (the tests check the committed file matches)::

    uv run python -m tests.data.tiktok_live.make_room_frames
"""

from __future__ import annotations

from pathlib import Path

from livedesk.services.sources.tiktok_frames import Frame, RoomHeader, load_library, write_recording

HERE = Path(__file__).parent
FRAMES_FILE = HERE / "room_frames.jsonl"
T0 = 1_767_000_000_000  # the LIVE's start (tests.factories.T0)
ROOM_ID = "7400000000000000001"
HANDLE = "@glowup.shop"
TITLE = "Spring glow LIVE"


def build() -> list[Frame | RoomHeader]:
    """The recording: a header, then frames 0–8 s into the LIVE (see the comments for what each one is)."""
    load_library()
    from TikTokLive.events.proto_events import (
        CommentEvent,
        ControlEvent,
        GiftEvent,
        LikeEvent,
        OecLiveShoppingEvent,
        RoomUserSeqEvent,
        SocialEvent,
    )
    from TikTokLive.proto import CommonMessageData
    from TikTokLive.proto.custom_proto import ControlAction
    from TikTokLiveProto.v3.webcast.model import Gift
    from TikTokLiveProto.v3.webcast.model.base.user import User
    from TikTokLiveProto.v3.webcast.model.message import ProductSnapShot
    from TikTokLiveProto.v3.webcast.model.message.common import Text
    from TikTokLiveProto.v3.webcast.model.message.ext import PopProduct

    room = int(ROOM_ID)
    msg_id = iter(range(1001, 2000))

    def cm(method: str, at_ms: int, display: str = "") -> CommonMessageData:
        return CommonMessageData(method=method, msg_id=next(msg_id), room_id=room, create_time=T0 + at_ms,
                                 display_text=Text(key=display) if display else None)

    def us(uid: int, nickname: str, handle: str) -> User:
        return User(id=uid, nickname=nickname, display_id=handle)

    # (the helpers' names must not shadow module names such as ``common``: pydantic resolves the protos'
    # forward references in the caller's namespace when it builds their validators)
    rose = Gift(id=5655, name="Rose", type=1, diamond_count=1)  # streakable
    galaxy = Gift(id=5999, name="Galaxy", type=2, diamond_count=1000)  # not streakable

    def fr(at_ms: int, message: object) -> Frame:
        method = message.common.method  # type: ignore[attr-defined]
        return Frame(T0 + at_ms, method, bytes(message))  # type: ignore[call-overload]

    seq, chat, like, gift, social, shop, ctl = ("WebcastRoomUserSeqMessage", "WebcastChatMessage",
                                                "WebcastLikeMessage", "WebcastGiftMessage", "WebcastSocialMessage",
                                                "WebcastOecLiveShoppingMessage", "WebcastControlMessage")
    ann, bob, cara, dan = (us(1, "Ann", "ann.k"), us(2, "Bob", "bobby"), us(3, "Cara", "cara_c"),
                           us(4, "Dan", "dan"))
    return [
        RoomHeader(ROOM_ID, HANDLE, TITLE, T0),
        fr(200, RoomUserSeqEvent(common=cm(seq, 200), total=120, total_user=400)),
        fr(500, CommentEvent(common=cm(chat, 500), user=ann, content="hi!", content_language="en")),
        fr(800, LikeEvent(common=cm(like, 800), user=bob, count=5, total=5)),
        fr(1100, RoomUserSeqEvent(common=cm(seq, 1100), total=150, total_user=420)),
        fr(1300, LikeEvent(common=cm(like, 1300), user=ann, count=10, total=15)),
        # a Rose streak of 3: two streaking events, then the one that ends it (counted once, as 3 gifts)
        fr(1500, GiftEvent(common=cm(gift, 1500), user=bob, gift=rose, gift_id=5655, repeat_count=1)),
        fr(1700, GiftEvent(common=cm(gift, 1700), user=bob, gift=rose, gift_id=5655, repeat_count=2)),
        fr(2000, GiftEvent(common=cm(gift, 2000), user=bob, gift=rose, gift_id=5655, repeat_count=3, repeat_end=1)),
        fr(2200, GiftEvent(common=cm(gift, 2200), user=cara, gift=galaxy, gift_id=5999, repeat_count=1)),
        fr(2400, SocialEvent(common=cm(social, 2400, "pm_main_follow_message_viewer_2"), user=bob, follow_count=1)),
        fr(2600, SocialEvent(common=cm(social, 2600, "pm_mt_guidance_share"), user=cara, share_count=1)),
        fr(3000, CommentEvent(common=cm(chat, 3000), user=cara, content="how much is the lip oil?",
                              content_language="en")),
        fr(3200, OecLiveShoppingEvent(common=cm(shop, 3200), action_type=1,
                                      pop_product=PopProduct(title="Lip oil", price="$9.99", product_id=1729),
                                      product_snap_shot=ProductSnapShot(product_id="1729", title="Lip oil"))),
        fr(3400, OecLiveShoppingEvent(common=cm(shop, 3400), action_type=1,  # still the same pin
                                      pop_product=PopProduct(title="Lip oil", price="$9.99", product_id=1729))),
        fr(5000, RoomUserSeqEvent(common=cm(seq, 5000), total=180, total_user=450)),
        fr(6000, OecLiveShoppingEvent(common=cm(shop, 6000), action_type=1,
                                      pop_product=PopProduct(title="Glow serum", price="$24.00", product_id=1730))),
        fr(6500, CommentEvent(common=cm(chat, 6500), user=dan, content="ordered 🎉", content_language="")),
        Frame(T0 + 7000, "WebcastBrandNewMessage", b"\x08\x01"),  # unknown to the library: skipped
        Frame(T0 + 7200, chat, b"\x0a\xff"),  # broken payload (a truncated varint): skipped
        fr(8000, ControlEvent(common=cm(ctl, 8000), action=ControlAction.STREAM_ENDED)),
    ]


def main() -> None:
    """Write the recording next to this script."""
    write_recording(FRAMES_FILE, build())
    print(f"wrote {FRAMES_FILE}")


if __name__ == "__main__":
    main()
