"""Lesson pages: what they declare (front matter), their prose and its reading level."""
