// `mvn align:new` in a folder without a pom finds the plugin through <pluginGroups>, and a Cyrillic title names
// the new kit's file in ASCII.
def log = new File(basedir, 'build.log').text
assert !log.contains('No plugin found for prefix')
def kit = new File(basedir, 'content/strategiya-rosta.yaml')
assert kit.isFile() : 'content/strategiya-rosta.yaml missing'
assert kit.getText('UTF-8').contains('Стратегия роста')
return true
