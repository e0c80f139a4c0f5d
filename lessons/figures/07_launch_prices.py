"""Lesson 7, figure 2: launch prices in US dollars from the course dataset (data/prices.csv).
Only one currency is drawn, because prices in different currencies cannot be compared directly."""

from curriculum import datasets, plotting

prices = datasets.load("prices")
# A logarithmic scale, so that prices of about 0.4 million and 4 million both fit.
ax = plotting.launch_prices(prices, currency="USD")
