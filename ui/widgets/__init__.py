"""Small widgets shared by the pages: amounts, progress, problem lists, quarter picker."""
