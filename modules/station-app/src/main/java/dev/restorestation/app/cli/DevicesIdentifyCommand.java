package dev.restorestation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Identify a device from its DFU/Recovery USB serial string.")
public final class DevicesIdentifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SERIAL", description = "e.g. \"CPID:8120 CPRV:11 BDID:0E ECID:001A2B3C4D5E6F78 …\"")
    String serial;

    @Option(names = "--json", description = "Print JSON: cpid, bdid, ecid, productType, hardwareModel, name, mode.")
    boolean json;

    @Override
    public Integer call() {
        throw StationException.notAvailableYet("devices identify");
    }
}
