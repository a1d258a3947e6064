// A module without content/ is skipped with one line, and the build succeeds.
def log = new File(basedir, 'build.log').text
assert log.contains('Alignkit: skipped, no content directory at')
assert !new File(basedir, 'site').exists()
return true
