#!/usr/bin/env bash
# A five-minute tour of the Digital Volunteer Passport with curl (after ./dvp up).
set -euo pipefail
ID=http://127.0.0.1:8081 ORG=http://127.0.0.1:8082 ACT=http://127.0.0.1:8083 PASS=http://127.0.0.1:8084
field() { sed -E "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/"; }
token() { curl -s -d grant_type=password -d "username=$1" -d "password=$2" $ID/oauth2/token | field access_token; }
json() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$2"; }
retry() { for i in $(seq 1 30); do out=$("$@"); case "$out" in *not-yet-known*) sleep 1 ;; *) echo "$out"; return ;; esac; done; echo "$out"; }

ADMIN=$(token admin "$ADMIN_PASSWORD")

# 1. a regional operator for Astana (KZ-71)
json "$ADMIN" $ID/api/v1/accounts '{"username":"operator.kz71","password":"correct-horse-battery","role":"REGIONAL_OPERATOR","region":"KZ-71"}' > /dev/null || true
OPERATOR=$(token operator.kz71 correct-horse-battery)

# 2. an organization registers itself, and the operator verifies it
ORG_ID=$(json "" $ORG/api/v1/organizations '{"bin":"210340012344","nameKk":"«Жас ағаш» қоры","legalForm":"Қоғамдық қор",
  "kind":"NGO","region":"KZ-71","address":"Астана, Мәңгілік Ел 8","contactEmail":"info@zhasagash.kz","contactPhone":"+77172123456"}' | field id)
if [[ "$ORG_ID" != *-*-* ]]; then   # already registered on an earlier run: the problem names it for staff
  ORG_ID=$(json "$OPERATOR" $ORG/api/v1/organizations '{"bin":"210340012344","nameKk":"«Жас ағаш» қоры","legalForm":"Қоғамдық қор",
    "kind":"NGO","region":"KZ-71","address":"Астана, Мәңгілік Ел 8","contactEmail":"info@zhasagash.kz","contactPhone":"+77172123456"}' | field existingOrganizationId)
fi
json "$OPERATOR" $ORG/api/v1/organizations/$ORG_ID/verification '{"decision":"VERIFIED"}' | field status

# 3. a coordinator account for it (identity learns of the organization from its event), who publishes a project
retry json "$OPERATOR" $ID/api/v1/accounts "{\"username\":\"coordinator.zhasagash\",\"password\":\"correct-horse-battery\",\"role\":\"ORG_COORDINATOR\",\"organizationId\":\"$ORG_ID\"}" > /dev/null
COORDINATOR=$(token coordinator.zhasagash correct-horse-battery)
PROJECT=$(json "$COORDINATOR" $ORG/api/v1/organizations/$ORG_ID/projects '{"name":"Астана жасыл белдеуі","description":"Saplings along the green belt",
  "category":"ECOLOGY","programCode":"ZHAS_AGASH","regions":["KZ-71"],"startDate":"2026-01-01","minorsAllowed":true,"maxHoursPerDay":8}' | field id)

# 4. a volunteer registers themselves and logs in with their IIN
json "" $ID/api/v1/volunteers '{"iin":"950315400016","firstName":"Айгүл","lastName":"Сейітова","region":"KZ-71",
  "password":"my-own-password-1","consent":{"accepted":true,"version":"2026-01"}}' > /dev/null
VOLUNTEER=$(token 950315400016 my-own-password-1)
VOL_ID=$(echo "$VOLUNTEER" | cut -d. -f2 | tr '_-' '/+' | base64 -d 2>/dev/null | field vol)

# 5. they log three hours yesterday; the coordinator verifies them
START=$(date -u -d 'yesterday 04:00' +%Y-%m-%dT%H:%M:%SZ); END=$(date -u -d 'yesterday 07:00' +%Y-%m-%dT%H:%M:%SZ)
ACTIVITY=$(retry json "$VOLUNTEER" $ACT/api/v1/activities "{\"volunteerId\":\"$VOL_ID\",\"projectId\":\"$PROJECT\",
  \"start\":\"$START\",\"end\":\"$END\",\"description\":\"Planted 40 saplings\",\"method\":\"SELF_REPORT\"}")
echo "$ACTIVITY"
json "$COORDINATOR" $ACT/api/v1/activities/$(echo "$ACTIVITY" | field id)/verification '{"decision":"VERIFIED"}' | field status

# 6. the passport shows them
sleep 2
curl -s -H "Authorization: Bearer $VOLUNTEER" $PASS/api/v1/passports/$VOL_ID
echo

# 7. the volunteer takes their passport as a verifiable credential (VC-JWT), and anyone can check it
CREDENTIAL=$(curl -s -H "Authorization: Bearer $VOLUNTEER" -H 'Accept: application/vc+jwt' $PASS/api/v1/passports/$VOL_ID/credential)
json "" $PASS/api/v1/credentials/verifications "{\"credential\":\"$CREDENTIAL\"}"
echo

# 8. the printable passport in Kazakh, with a QR code of the public verification page
curl -s -H "Authorization: Bearer $VOLUNTEER" -o passport-kk.pdf "$PASS/api/v1/passports/$VOL_ID/document.pdf?lang=kk"
NUMBER=$(curl -s -H "Authorization: Bearer $VOLUNTEER" $PASS/api/v1/passports/$VOL_ID | field passportNumber)
echo "passport-kk.pdf written; public page: $PASS/public/passports/$NUMBER"
curl -s -H 'Accept: application/json' $PASS/public/passports/$NUMBER
echo
