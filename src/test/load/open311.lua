-- wrk script: files complaints through Open311 GeoReport v2 (POST requests.json, form-encoded, api_key, a fresh
-- Idempotency-Key each), the same places and categories as submit.lua. Used by run-integration.sh.
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local categories = {"PENDIDIKAN-DASAR", "PENDIDIKAN-MENENGAH", "JALAN-KABUPATEN", "LISTRIK", "ADMINDUK",
                    "SAMPAH-KEBERSIHAN", "KESEHATAN-DASAR", "LAINNYA", "IMIGRASI", "AIR-MINUM"}
local regencies = {"32.73", "32.04", "31.74", "35.78", "73.71", "91.71"}
local counter = 0

local function key()
    local chars = {}
    for i = 1, 22 do
        local n = math.random(1, 64)
        chars[i] = alphabet:sub(n, n)
    end
    return table.concat(chars)
end

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(os.time() + (seed or 0))
end

request = function()
    counter = counter + 1
    local body = "api_key=" .. os.getenv("API_KEY")
        .. "&service_code=" .. categories[math.random(#categories)]
        .. "&attribute%5Bregency_code%5D=" .. regencies[math.random(#regencies)]
        .. "&attribute%5Btitle%5D=Laporan+uji+beban+Open311+nomor+" .. counter
        .. "&description=Uji+beban%3A+jalan+di+depan+sekolah+rusak+berat+dan+belum+diperbaiki+sejak+bulan+lalu%2C+nomor+" .. counter
        .. "&attribute%5Bincident_date%5D=" .. os.getenv("INCIDENT_DATE")
        .. "&first_name=Penguji&last_name=Beban&phone=081234567890"
    return wrk.format("POST", "/open311/v2/requests.json", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Idempotency-Key"] = key()
    }, body)
end
