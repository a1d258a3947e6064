// Started at the reactor root, a problem names its file from there: the module's folder comes first, so that two
// modules' content/kit.yaml can be told apart in the log and by CI annotators. Errors and warnings alike.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] module-b/content/kit.yaml:4:5: error: unknown key 'groud_rules' in a session")
assert log.contains("[WARNING] module-a/content/kit.yaml:3:5: warning: session 'Kickoff a' has neither prompts nor an agenda")
assert !log.contains('] content/kit.yaml') : 'no problem without its module'
assert log.contains('failed with 1 error')
assert new File(basedir, 'module-a/site/index.html').text.contains('Kit a')
assert !new File(basedir, 'module-b/site').exists()
assert !log.contains('at dev.alignkit') : 'no stack trace for a user mistake'
return true
