"""Pictures of the quarter (issue 20): stacked bar charts drawn with pyqtgraph from the values the facade returns."""
