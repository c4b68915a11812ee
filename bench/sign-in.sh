# Sourced by the signed-in benchmarks: sign_in BASE USER PASSWORD prints the Cookie header of a
# session signed in as a browser does (the sign-in form's CSRF token, then the form post).
sign_in() {
  local base=$1 user=$2 pass=$3 jar token
  jar=$(mktemp)
  token=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$user" \
    --data-urlencode "j_password=$pass" --data-urlencode "csrf-token=$token" "$base/j_security_check"
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 {printf "%s%s=%s", (n++?"; ":""), $6, $7}'
  rm -f "$jar"
}
