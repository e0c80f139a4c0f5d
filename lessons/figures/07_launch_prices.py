"""Lesson 7, figure 2: launch prices in US dollars from the course dataset (data/prices.csv).
Only one currency is drawn, because prices in different currencies cannot be compared directly."""

from curriculum import datasets, plotting

prices = datasets.load("prices")
# One dot per therapy on a logarithmic scale, so that prices of about 0.4 million and
# 4 million both fit. The helper adds the as-of date and a note that names the dataset file.
ax = plotting.launch_prices(prices, currency="USD")
