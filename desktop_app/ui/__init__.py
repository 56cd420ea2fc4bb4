"""Widgets, views and controllers: the only place that imports QtWidgets."""
