"""Long-lived worker objects, each on its own QThread. QtCore only: never a widget."""
