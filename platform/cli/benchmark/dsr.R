# The R contender of the CLI benchmark (see dsr-vs-r.sh): data.table::fread, a vectorised DSR with
# Dobson limits (Byar's limits of the total count, as PHEindicatormethods::phe_dsr), fwrite.
# Usage: Rscript dsr.R IN.csv OUT.csv MULTIPLIER
suppressMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
m <- as.numeric(args[3])
d <- fread(args[1])
r <- d[, .(events = sum(events), population = sum(population), w = sum(standard_population),
           ws = sum(standard_population * events / population),
           v = sum((standard_population / population)^2 * events)), by = group]
byar_lower <- function(o, z) o * (1 - 1 / (9 * o) - z / (3 * sqrt(o)))^3
byar_upper <- function(o, z) (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * sqrt(o + 1)))^3
dobson <- function(o, value, scale, limit) {
  x <- value + scale * (limit - o)
  x[!(limit >= 0)] <- NA
  x
}
z95 <- qnorm(0.975)
z998 <- qnorm(0.999)
r[, value := ws / w * m]
r[, scale := sqrt(v) / w / sqrt(events) * m]
r[, `:=`(lower95 = dobson(events, value, scale, byar_lower(events, z95)),
         upper95 = value + scale * (byar_upper(events, z95) - events),
         lower998 = dobson(events, value, scale, byar_lower(events, z998)),
         upper998 = value + scale * (byar_upper(events, z998) - events),
         method = "Dobson")]
# PHE: no DSR for fewer than 10 events.
r[events < 10, c("value", "lower95", "upper95", "lower998", "upper998") := NA_real_]
fwrite(r[, .(group, events, population, value, lower95, upper95, lower998, upper998, method)],
       args[2], na = "")
