package org.variatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.standardisation.DirectStandardisation;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.DsrOptions;

/** The dsr command's fast read gives what the general, located read gives. */
class DsrFastReadTest {

  private static final DsrOptions OPTIONS = new DsrOptions(100_000, DsrInterval.DOBSON, 10);

  private static GroupEstimates compute(byte[] csv, boolean nonIndependent, boolean fast)
      throws CliException {
    Inputs inputs = new Inputs(new ByteArrayInputStream(csv), null);
    DsrCommand.Prepared prepared = DsrCommand.prepare(inputs, csv, nonIndependent, fast);
    assertThat(prepared.names()).isNotEmpty();
    return DirectStandardisation.compute(prepared.strata(), OPTIONS);
  }

  private static void assertSameBothWays(String csv, boolean nonIndependent) throws CliException {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    GroupEstimates fast = compute(bytes, nonIndependent, true);
    GroupEstimates located = compute(bytes, nonIndependent, false);
    assertThat(fast.count()).isEqualTo(located.count());
    assertThat(fast.denominator()).isEqualTo(located.denominator());
    assertThat(fast.value()).isEqualTo(located.value());
    assertThat(fast.lower95()).isEqualTo(located.lower95());
    assertThat(fast.upper998()).isEqualTo(located.upper998());
  }

  @Test
  void quirks_of_clean_input_read_the_same() throws CliException {
    String csv =
        "\uFEFFstratum,group,events,population,standard_population,note\r\n"
            + "0-4,Tromsø,12,1000,5000,x\n"
            + "\n"
            + ",,,,,\n"
            + "5-9,\"Bergen, Haukeland\",NA,2000.5,5500,\n"
            + "0-4,\"Bergen, Haukeland\",,1500,5000,\n"
            + " 5-9 , Tromsø ,3.25,1e3,5500,\"a\"\"b\"\n"
            + "0-4,Alta,1.5E1,300,5000,\n";
    assertSameBothWays(csv, false);
    // groups in order, each stratum once: the read arrays go to the engine as they are
    assertSameBothWays(
        "group,stratum,events,population,standard_population\n"
            + "a,f,3,100,1\na,m,,200,2\nb,f,NA,50,1\nb,m,7.5,70,2\nc,f,12,400,1\n",
        false);
  }

  /** 3 000 groups x 19 strata (1.4 MB): strata 0-9 of every group, then 10-18 of every group. */
  private static String large(String quotedGroup) {
    Random random = new Random(3);
    StringBuilder csv = new StringBuilder("group,stratum,events,population,standard_population\n");
    for (int part = 0; part < 2; part++) {
      for (int group = 0; group < 3000; group++) {
        for (int s = part * 10; s < (part == 0 ? 10 : 19); s++) {
          csv.append(group == 7 ? quotedGroup : "g" + group).append(",s").append(s).append(',');
          csv.append(random.nextInt(60)).append(',').append(200 + random.nextInt(20000));
          csv.append(',').append(1000 + s).append('\n');
        }
      }
    }
    return csv.toString();
  }

  @Test
  void a_large_input_read_in_halves_reads_the_same() throws CliException {
    String csv = large("g7");
    assertThat(csv.length()).isGreaterThan(1 << 20);
    assertThat(DsrInput.read(csv.getBytes(StandardCharsets.UTF_8), false)).isNotNull();
    assertSameBothWays(csv, false);
    // a quote before the middle: read whole (a quoted line break could span the split)
    assertSameBothWays(large("\"g,7\""), false);
  }

  @Test
  void rows_by_event_frequency_read_the_same() throws CliException {
    String csv =
        "group,stratum,event_frequency,persons,population,standard_population\n"
            + "a,0-4,1,30,1000,5000\na,0-4,2,5,1000,5000\nb,0-4,1,7,800,5000\n";
    assertSameBothWays(csv, true);
  }

  @Test
  void input_with_something_to_report_is_left_to_the_located_read() {
    String header = "group,stratum,events,population,standard_population\n";
    for (String row :
        new String[] {
          "a,0-4,-3,100,5000", "a,0-4,1;5,100,5000", "a,0-4,3,0,5000", "a,,3,100,5000",
          ",0-4,3,100,5000", "a,0-4,3,100", "a,0-4,3,100,5000,9", "a,0-4,1e999,100,5000"
        }) {
      byte[] csv = (header + row + "\n").getBytes(StandardCharsets.UTF_8);
      assertThat(DsrInput.read(csv, false)).as(row).isNull();
    }
    byte[] repeated = (header + "a,0-4,1,100,5000\na,0-4,2,100,5000\n").getBytes();
    assertThat(DsrInput.read(repeated, false)).isNotNull();
  }
}
