// `mvn align:site` resolves the align prefix from the project's pluginManagement.
def log = new File(basedir, 'build.log').text
assert !log.contains('No plugin found for prefix')
assert log =~ /Alignkit: 1 kits, \d+ pages, 0 PDFs, \d+ files written in \d+ ms/
assert new File(basedir, 'site/facilitators/pulse/index.html').isFile()
return true
