# Checks that two DSR outputs agree: same groups in the same order, counts equal, every figure
# within 1e-12 relative (missing where the other is missing). Usage: Rscript compare.R A.csv B.csv
suppressMessages(library(data.table))
f <- commandArgs(trailingOnly = TRUE)
a <- fread(f[1], na.strings = "")
b <- fread(f[2], na.strings = "")
stopifnot(nrow(a) == nrow(b), identical(a$group, b$group), identical(names(a), names(b)))
worst <- 0
for (col in c("events", "population", "value", "lower95", "upper95", "lower998", "upper998")) {
  x <- a[[col]]; y <- b[[col]]
  if (!identical(is.na(x), is.na(y))) stop("missing values differ in column ", col)
  ok <- !is.na(x)
  rel <- abs(x[ok] - y[ok]) / pmax(abs(x[ok]), abs(y[ok]), .Machine$double.xmin)
  worst <- max(worst, rel)
}
cat(sprintf("outputs agree: %d groups, largest relative difference %.3g\n", nrow(a), worst))
if (worst > 1e-12) quit(status = 1)
