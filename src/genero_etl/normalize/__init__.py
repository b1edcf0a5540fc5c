"""Normalisation: findings become observations with codebook ids, places, periods and ids."""
