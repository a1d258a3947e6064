// serve runs only when called by name: bound to a phase, the build fails at once and says what to remove.
def log = new File(basedir, 'build.log').text
assert log.contains("Alignkit: align:serve runs only when called by name (mvn align:serve); remove the goal from the <executions> of align-maven-plugin in your pom (execution 'preview')")
assert !log.contains('Alignkit: serving')
assert !new File(basedir, 'site').exists()
return true
