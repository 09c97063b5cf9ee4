-- wrk script: files complaints through the connected systems' REST call (JSON, X-API-Key, a fresh externalId each),
-- the same places and categories as submit.lua. Used by run-integration.sh.
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
    local body = '{"externalId": "' .. key() .. '", "type": "PENGADUAN",'
        .. ' "title": "Laporan uji beban REST nomor ' .. counter .. '",'
        .. ' "description": "Uji beban: jalan di depan sekolah rusak berat dan belum diperbaiki sejak bulan lalu, nomor ' .. counter .. '",'
        .. ' "incidentDate": "' .. os.getenv("INCIDENT_DATE") .. '", "regencyCode": "' .. regencies[math.random(#regencies)] .. '",'
        .. ' "categoryCode": "' .. categories[math.random(#categories)] .. '",'
        .. ' "reporter": {"name": "Penguji Beban", "phone": "081234567890"}}'
    return wrk.format("POST", "/api/v1/integration/complaints", {
        ["Content-Type"] = "application/json",
        ["X-API-Key"] = os.getenv("API_KEY")
    }, body)
end
