# Writes the CLI benchmark's input: 52 632 groups x the 19 ESP 2013 bands = 1 000 008 strata,
# group,stratum,events,population,standard_population. Usage: Rscript make-input.R OUT.csv
suppressMessages(library(data.table))
set.seed(20240101)
esp <- c(5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
         5000, 4000, 2500, 1500, 1000)
bands <- c(paste0(seq(0, 85, 5), "-", seq(4, 89, 5)), "90+")
groups <- 52632L
n <- groups * length(esp)
d <- data.table(group = rep(sprintf("area%05d", seq_len(groups)), each = length(esp)),
                stratum = rep(bands, groups),
                events = sample.int(60L, n, replace = TRUE) - 1L,
                population = 200L + sample.int(20000L, n, replace = TRUE) - 1L,
                standard_population = rep(esp, groups))
fwrite(d, commandArgs(trailingOnly = TRUE)[1])
