"""Qt item models over the store's data (campaign tree) and the proxies that filter them."""
