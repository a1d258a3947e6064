// A broken template override is reported with the template's file, line and column and the page being rendered.
def log = new File(basedir, 'build.log').text
assert log =~ /templates\/kit\.ftlh:4:\d+: error: template error: The following has evaluated to null or missing: ==> kit\.nosuchfield.* \(while rendering kit 'team-kickoff', page facilitators\/team-kickoff\/index\.html(, on [\d,]+ pages)?\)/
assert !log.contains('at freemarker.') : 'no Freemarker stack trace'
assert !new File(basedir, 'site').exists()
return true
