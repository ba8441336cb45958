from .alerts import Alert, AlertDelivery
from .impact import ImpactPage, ImpactSnapshot

__all__ = ["Alert", "AlertDelivery", "ImpactPage", "ImpactSnapshot"]
