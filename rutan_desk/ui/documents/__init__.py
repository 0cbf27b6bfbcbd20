"""Documents in the app: preview, print, save, issue, and the letter register."""
