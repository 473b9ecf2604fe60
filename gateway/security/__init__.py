"""Who is asking: the authenticated principal shared by the API (machine clients) and the console (people)."""
