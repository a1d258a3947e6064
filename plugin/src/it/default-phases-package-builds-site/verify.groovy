// site and check listed in an execution without <phase>: `mvn package` builds the site (site's default phase is
// package) and does not run check yet (its default phase, verify, comes after package).
def log = new File(basedir, 'build.log').text
assert log =~ /--- (align|align-maven-plugin):[^:]+:site \(default\) @ default-phases-package-builds-site ---/
assert log =~ /Alignkit: 1 kits, \d+ pages, 0 PDFs, \d+ files written in \d+ ms/
assert new File(basedir, 'site/facilitators/pulse/providing-clarity.html').isFile()
assert !log.contains(':check (default)')
assert !log.contains('Alignkit check:')
return true
