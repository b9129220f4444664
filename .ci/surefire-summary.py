"""Adds up the Surefire reports of every module: 'N passed, N failed, N skipped' (or, with
--words, the same counts for a pass whose line must not read as the run's closing line)."""
import glob
import sys
import xml.etree.ElementTree as ET

tests = failed = skipped = 0
for report in glob.glob("modules/*/target/surefire-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
if "--words" in sys.argv:
    print(f"{tests} tests, {failed} failing, {skipped} skipped")
else:
    print(f"{tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
