// align:check reports each finding as path:line:column: severity: message, a summary, fails on errors, writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains("content/broken.yaml:4:13: error: 'format' of a session 'webinar' is not valid; write one of pulse, meeting, workshop, alignment-day")
assert !new File(basedir, 'site').exists() : 'check never writes the site'
assert log.contains('failed with 1 error')
return true
