// A broken kit fails the build with every problem at file:line:column, no stack trace, and the old site intact.
def log = new File(basedir, 'build.log').text
assert log.contains("content/broken.yaml:4:5: error: unknown key 'groud_rules' in a session")
assert log.contains("content/broken.yaml:5:15: error: 'duration' of a session '90 minutes' is not valid")
assert log.contains('failed with 2 errors')
assert !log.contains('at dev.alignkit') : 'no stack trace for a user mistake'
assert new File(basedir, 'site/index.html').text.contains('OLD SITE')
return true
