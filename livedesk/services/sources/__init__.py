"""Connectors to real data sources (TikTok Shop Partner API, TikTok LIVE room events, OBS WebSocket)."""
