// Warnings do not fail align:check; each is one parseable line, followed by the summary.
def log = new File(basedir, 'build.log').text
assert log.contains("content/warned.yaml:3:5: warning: session 'Empty meeting' has neither prompts nor an agenda")
assert log.contains("content/warned.yaml:3:5: warning: session 'Empty meeting' is a meeting but the kit has no ground rules")
assert log.contains("content/warned.yaml:5:9: warning: follow-up task 'Send the notes' has no owner")
assert log =~ /Alignkit check: 1 kits, 0 errors, 3 warnings/
assert !new File(basedir, 'site').exists()
return true
