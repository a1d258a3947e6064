// site and check listed in an execution without <phase>: `mvn verify` builds the site in package, then checks the
// kits in verify.
def log = new File(basedir, 'build.log').text
def site = log.indexOf(':site (default) @ default-phases-verify-checks-kits ---')
def check = log.indexOf(':check (default) @ default-phases-verify-checks-kits ---')
assert site >= 0 : 'align:site did not run'
assert check >= 0 : 'align:check did not run'
assert site < check : 'check (verify) must run after site (package)'
assert log =~ /Alignkit check: 1 kits, 0 errors, 0 warnings/
assert new File(basedir, 'site/index.html').isFile()
return true
