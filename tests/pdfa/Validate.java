// Validates PDFs with veraPDF against one or more flavours and prints every
// failed rule. Usage: java Validate 2a,ua1 FILE.pdf...
// Exit 0 when every file passes every flavour, 1 otherwise.
// veraPDF is a test tool here (GPLv3+/MPLv2+); it is downloaded by
// validate.sh, never committed.

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

public class Validate {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java Validate 2a,ua1 FILE.pdf...");
            System.exit(2);
        }
        VeraGreenfieldFoundryProvider.initialise();
        boolean allPassed = true;
        for (String name : args[0].split(",")) {
            PDFAFlavour flavour = PDFAFlavour.fromString(name);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            for (int i = 1; i < args.length; i++) {
                String file = args[i];
                try (InputStream in = new FileInputStream(file);
                     PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
                    ValidationResult result = validator.validate(parser);
                    // Each failed rule once, with how often it failed.
                    Map<String, Integer> failed = new TreeMap<>();
                    Map<String, String> why = new TreeMap<>();
                    for (TestAssertion t : result.getTestAssertions()) {
                        if (t.getStatus() != TestAssertion.Status.PASSED) {
                            String rule = t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber();
                            failed.merge(rule, 1, Integer::sum);
                            why.putIfAbsent(rule, t.getMessage() + " [" + t.getLocation().getContext() + "]");
                        }
                    }
                    if (result.isCompliant() && failed.isEmpty()) {
                        System.out.println("PASS " + name + " " + file);
                    } else {
                        allPassed = false;
                        System.out.println("FAIL " + name + " " + file);
                        for (Map.Entry<String, Integer> e : failed.entrySet()) {
                            System.out.println("  " + e.getKey() + " x" + e.getValue() + ": " + why.get(e.getKey()));
                        }
                    }
                } catch (ValidationException e) {
                    allPassed = false;
                    System.out.println("FAIL " + name + " " + file + ": " + e.getMessage());
                }
            }
        }
        System.exit(allPassed ? 0 : 1);
    }
}
