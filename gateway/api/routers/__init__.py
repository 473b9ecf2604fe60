"""API routers. Every route has a ``name`` with an entry in :data:`gateway.api.access.ACCESS`."""
